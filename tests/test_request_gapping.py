"""A second object with its own infinitive after a comma and ``and``, the verb of asking left out
(``request_gapping.gapped``): ``asked A to report, and B to designate ...`` is one request of the one verb, asking
both objects, its action running to the end of the coordination (decision 69); a repeated verb of asking is a
request of its own. A new clause with its own subject (``, and I ask X to ...``) or a thing named with a capital is
no second object. Every name and sentence is invented."""

from __future__ import annotations

from test_request_addressees import labels, run, speech


def test_a_second_object_with_its_own_infinitive_is_one_more_addressee_of_the_one_request() -> None:
    got = run(
        speech(
            "I would ask the Working Group on Rural Schools, chaired by Mr Aurelio Pastrana, to present its "
            "interim report, and the Working Group on Ocean Cables to report orally on its progress."
        ),
        None,
    )
    assert [(labels(x), x.action) for x in got] == [
        (
            ("Working Group on Rural Schools", "Working Group on Ocean Cables"),
            "present its interim report, and the Working Group on Ocean Cables to report orally on its progress",
        ),
    ]


def test_posts_as_the_second_object_are_added_once_to_the_posts_asked_before() -> None:
    got = run(
        speech(
            "I have asked the Director of the Telecommunication Development Bureau to report to the Council, "
            "and the Directors of the three Bureaux to name focal points for ocean data."
        ),
        None,
    )
    assert [len(x.addressees) for x in got] == [3]
    assert got[0].action.endswith("name focal points for ocean data")


def test_a_repeated_verb_of_asking_is_a_request_of_its_own() -> None:
    got = run(
        speech(
            "I invite the Working Group on Rural Schools to present its interim report, and further invite the "
            "Working Group on Ocean Cables to report orally on its progress."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("Working Group on Rural Schools",), ("Working Group on Ocean Cables",)]


def test_a_clause_with_its_own_subject_is_no_second_object() -> None:
    got = run(
        speech(
            "I urge the private sector to join the coastal alliance, and I ask the members of the tide network "
            "to designate focal points."
        ),
        None,
    )
    assert [labels(x) for x in got] == [("the private sector",), ("members of the tide network",)]


def test_a_thing_named_with_a_capital_is_no_second_object() -> None:
    got = run(
        speech("I invite Member States to adopt the charter, and the Lagoon Declaration to guide their plans."), None
    )
    assert [labels(x) for x in got] == [("Member States",)]
