"""Query workers that cannot reach the network.

The endpoint refuses ``SERVICE`` and ``LOAD`` (:func:`wsiskg.core.query_scan.check_safe`); as a
second wall, each query worker process, before it runs any query, installs a seccomp filter
(Linux) under which creating an IPv4, IPv6 or packet socket fails with ``EACCES``. Oxigraph's
HTTP client is Rust code that opens its own sockets, so replacing Python's ``socket`` module
would not stop it; the kernel filter stops every library in the process. Unix sockets (the pipe
to the web worker) keep working, and sockets created before the filter are untouched.

Elsewhere than Linux x86-64 / AArch64 :func:`deny_network` returns False and the worker runs
with the syntactic check alone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct
import sys

PR_SET_NO_NEW_PRIVS = 38
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
#: machine -> (AUDIT_ARCH_*, number of the socket(2) system call)
ARCHES: dict[str, tuple[int, int]] = {
    "x86_64": (0xC000003E, 41),
    "aarch64": (0xC00000B7, 198),
}
#: address families refused: AF_INET, AF_INET6, AF_PACKET
REFUSED_FAMILIES = (2, 10, 17)

_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS
_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
_RET_K = 0x06  # BPF_RET | BPF_K


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_char_p)]


def _insn(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("HBBI", code, jt, jf, k)


def program(arch: int, nr_socket: int) -> list[bytes]:
    """The BPF program: socket(family in REFUSED_FAMILIES) -> EACCES; everything else allowed."""
    n = len(REFUSED_FAMILIES)
    allow = [_insn(_RET_K, SECCOMP_RET_ALLOW)]
    deny = [_insn(_RET_K, SECCOMP_RET_ERRNO | errno.EACCES)]
    checks = [
        # jump to "deny" (just after the checks) when the family matches, else test the next family
        _insn(_JEQ_K, family, jt=n - i, jf=0)
        for i, family in enumerate(REFUSED_FAMILIES)
    ]
    body = [_insn(_LD_W_ABS, 16)] + checks + [_insn(0x05, 1)] + deny + allow  # 0x05: BPF_JMP|BPF_JA
    # checks jump over the "ja +1" to deny; falling through, "ja +1" skips deny to allow
    skip_body = len(body)
    return [
        _insn(_LD_W_ABS, 4),  # seccomp_data.arch
        _insn(_JEQ_K, arch, jt=0, jf=skip_body + 1),
        _insn(_LD_W_ABS, 0),  # seccomp_data.nr
        _insn(_JEQ_K, nr_socket, jt=0, jf=skip_body - 1),
        *body,
    ]


def deny_network() -> bool:
    """Forbid this process (and its children) to create network sockets; True when in force."""
    arch = ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arch is None:
        return False
    code = b"".join(program(*arch))
    fprog = _Fprog(len(code) // 8, code)
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    return bool(libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0)


PR_SET_PDEATHSIG = 1


def die_with_parent(sig: int = 9) -> bool:
    """Go when the web worker goes: the kernel sends ``sig`` (SIGKILL) to this process when its parent dies.

    A query worker's parent is multiprocessing's forkserver, which exits when the web worker that
    started it is gone (its "alive" pipe reaches end of file). multiprocessing hands every child
    of the forkserver a copy of that pipe's write end, which would keep the forkserver, and so the
    worker, alive for ever after the web worker died: the copy is closed here. Linux only.
    """
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    alive_fd = getattr(server, "_forkserver_alive_fd", None)
    if isinstance(alive_fd, int):
        try:
            os.close(alive_fd)
        except OSError:
            pass
        server._forkserver_alive_fd = None  # type: ignore[union-attr]
    if not sys.platform.startswith("linux"):
        return False
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, sig, 0, 0, 0) != 0:
        return False
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)
    return True
