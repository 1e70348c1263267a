"""The keys of ITU study groups and of their parts (:mod:`.study_groups` makes them): ``itu-t-sg17``,
``itu-t-wp1-17``, ``itu-d-q2-1``, ``itu-r-wp5d``; read from the key alone, so that a reader of body names
may ask which study group a part belongs to without reading the study groups of a report."""

from __future__ import annotations

import re

#: a study group, a working party ``N/SG`` or a Question ``Q/SG`` of one: sector, then the study group's number
STUDY_GROUP_KEY = re.compile(r"(itu-[tdr])-(?:sg(\d+)|wp\d+-(\d+)|q\d+-(\d+))")
#: an ITU-R working party, number and letter (``itu-r-wp5d``: Study Group 5's)
LETTERED_WP_KEY = re.compile(r"(itu-r)-wp(\d+)[a-z]")
_STUDY_GROUP = re.compile(r"(itu-[tdr])-sg(\d+)")


def study_group_of(key: str) -> tuple[str, str] | None:
    """``(sector, study group number)`` of a study group or one of its parts keyed ``key``, else ``None``."""
    m = STUDY_GROUP_KEY.fullmatch(key) or LETTERED_WP_KEY.fullmatch(key)
    return (m.group(1), next(g for g in m.groups()[1:] if g)) if m else None


def part_of_study_group(part: str, group: str) -> bool:
    """Whether ``part`` is a working party or a Question of the study group keyed ``group`` (``itu-r-wp5c`` of
    ``itu-r-sg5``, ``itu-t-wp2-13`` of ``itu-t-sg13``)."""
    return part != group and _STUDY_GROUP.fullmatch(group) is not None and study_group_of(part) == study_group_of(group)
