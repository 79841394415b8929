"""A seccomp filter that refuses the syscalls nothing legitimate in a grading run needs.

The namespaces, dropped capabilities and rlimits already stop most of these calls;
the filter is a second wall in front of the kernel code behind them, which is where
sandbox escapes come from (io_uring, bpf, perf, keyrings, the mount API, userfaultfd
races). It is a deny list rather than an allow list on purpose: NumPy, PyTorch and
their BLAS/OpenMP libraries use a large, version-dependent set of ordinary syscalls,
and an allow list that misses one turns a correct submission into a crash. Denied
calls fail with EPERM, so library code that probes for a feature (a keyring, io_uring,
perf counters) sees "not permitted" and falls back instead of dying.

The program is classic BPF, built here with `struct` so no libseccomp is needed:

1. a syscall from any ABI other than the machine's native one (i386 via `int 0x80`
   on x86_64, arm32 compat on aarch64) kills the process: its syscall numbers mean
   different things, so the deny list below would not apply to it;
2. on x86_64, a syscall number with the x32 bit set kills the process, for the same
   reason;
3. a syscall in the deny list returns EPERM;
4. everything else is allowed.

Two ways in: `install(deny_list_program())` in a forked child of a warm pool, just
before it runs submitted code; or `program_fd()` passed to bubblewrap's `--seccomp FD`,
which installs the program right before it execs the sandboxed command.
"""

import ctypes
import errno
import os
import platform
import struct
from dataclasses import dataclass

# Syscall numbers, checked against the kernel's tables: arch/x86/entry/syscalls/
# syscall_64.tbl and include/uapi/asm-generic/unistd.h (which aarch64 uses). Grouped by
# why nothing in a grading run needs them.
X86_64_DENY: dict[str, int] = {
    # Reading or steering other processes.
    "ptrace": 101,
    "process_vm_readv": 310,
    "process_vm_writev": 311,
    "kcmp": 312,
    "pidfd_getfd": 438,
    # Changing the filesystem view, or reaching files around it.
    "mount": 165,
    "umount2": 166,
    "pivot_root": 155,
    "chroot": 161,
    "mount_setattr": 442,
    "move_mount": 429,
    "open_tree": 428,
    "open_tree_attr": 467,  # open_tree with attributes (Linux 6.15)
    "fsopen": 430,
    "fsmount": 432,
    "fsconfig": 431,
    "fspick": 433,
    "open_by_handle_at": 304,
    "name_to_handle_at": 303,
    "quotactl": 179,
    "quotactl_fd": 443,  # quotactl by file descriptor (Linux 5.14)
    "nfsservctl": 180,
    "lookup_dcookie": 212,
    "sysfs": 139,
    "ustat": 136,
    "uselib": 134,
    # Namespaces (bubblewrap has already made the only ones the run gets).
    "unshare": 272,
    "setns": 308,
    # Host state: kernel, modules, swap, clocks, names, logs, I/O ports.
    "reboot": 169,
    "kexec_load": 246,
    "kexec_file_load": 320,
    "init_module": 175,
    "finit_module": 313,
    "delete_module": 176,
    "create_module": 174,
    "get_kernel_syms": 177,
    "query_module": 178,
    "swapon": 167,
    "swapoff": 168,
    "acct": 163,
    "syslog": 103,
    "_sysctl": 156,
    "vhangup": 153,
    "iopl": 172,
    "ioperm": 173,
    "settimeofday": 164,
    "clock_settime": 227,
    "adjtimex": 159,
    "clock_adjtime": 305,
    "sethostname": 170,
    "setdomainname": 171,
    # Large kernel attack surface that numerical Python never touches.
    "keyctl": 250,
    "add_key": 248,
    "request_key": 249,
    "bpf": 321,
    "perf_event_open": 298,
    "userfaultfd": 323,
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
    "fanotify_init": 300,
    "personality": 135,
}

# The same calls on aarch64. Its table has no iopl, ioperm, uselib, sysfs, ustat,
# _sysctl or the pre-2.6 module calls at all, so they are simply absent.
AARCH64_DENY: dict[str, int] = {
    "ptrace": 117,
    "process_vm_readv": 270,
    "process_vm_writev": 271,
    "kcmp": 272,
    "pidfd_getfd": 438,
    "mount": 40,
    "umount2": 39,
    "pivot_root": 41,
    "chroot": 51,
    "mount_setattr": 442,
    "move_mount": 429,
    "open_tree": 428,
    "open_tree_attr": 467,
    "fsopen": 430,
    "fsmount": 432,
    "fsconfig": 431,
    "fspick": 433,
    "open_by_handle_at": 265,
    "name_to_handle_at": 264,
    "quotactl": 60,
    "quotactl_fd": 443,
    "nfsservctl": 42,
    "lookup_dcookie": 18,
    "unshare": 97,
    "setns": 268,
    "reboot": 142,
    "kexec_load": 104,
    "kexec_file_load": 294,
    "init_module": 105,
    "finit_module": 273,
    "delete_module": 106,
    "swapon": 224,
    "swapoff": 225,
    "acct": 89,
    "syslog": 116,
    "vhangup": 58,
    "settimeofday": 170,
    "clock_settime": 112,
    "adjtimex": 171,
    "clock_adjtime": 266,
    "sethostname": 161,
    "setdomainname": 162,
    "keyctl": 219,
    "add_key": 217,
    "request_key": 218,
    "bpf": 280,
    "perf_event_open": 241,
    "userfaultfd": 282,
    "io_uring_setup": 425,
    "io_uring_enter": 426,
    "io_uring_register": 427,
    "fanotify_init": 262,
    "personality": 92,
}

AUDIT_ARCH_X86_64 = 0xC000003E
AUDIT_ARCH_AARCH64 = 0xC00000B7
X32_SYSCALL_BIT = 0x40000000

SECCOMP_RET_KILL_PROCESS = 0x80000000
SECCOMP_RET_ERRNO = 0x00050000
SECCOMP_RET_ALLOW = 0x7FFF0000
BPF_MAXINSNS = 4096  # the kernel refuses longer classic-BPF programs

# Classic BPF opcodes (linux/filter.h) and the offsets of struct seccomp_data's fields.
BPF_LD_W_ABS = 0x20  # BPF_LD | BPF_W | BPF_ABS: A = 32-bit word at offset k
BPF_JEQ_K = 0x15  # BPF_JMP | BPF_JEQ | BPF_K: pc += (A == k) ? jt : jf
BPF_JSET_K = 0x45  # BPF_JMP | BPF_JSET | BPF_K: pc += (A & k) ? jt : jf
BPF_RET_K = 0x06  # BPF_RET | BPF_K: return k
SECCOMP_DATA_NR = 0
SECCOMP_DATA_ARCH = 4

_INSN = struct.Struct("=HBBI")  # struct sock_filter, in the kernel's (native) byte order


SECCOMP_DATA_ARG0_LOW = 16  # offsetof(struct seccomp_data, args[0]), low word (little-endian)
# CLONE_NEWTIME, NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
CLONE_NAMESPACE_FLAGS = 0x80 | 0x20000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 \
    | 0x20000000 | 0x40000000


@dataclass(frozen=True)
class _Abi:
    audit_arch: int
    deny: dict[str, int]
    seccomp_nr: int  # the seccomp(2) syscall itself, for install()
    has_x32: bool
    clone_nr: int
    clone3_nr: int


_ABIS = {
    "x86_64": _Abi(
        AUDIT_ARCH_X86_64, X86_64_DENY, seccomp_nr=317, has_x32=True, clone_nr=56, clone3_nr=435
    ),
    "aarch64": _Abi(
        AUDIT_ARCH_AARCH64, AARCH64_DENY, seccomp_nr=277, has_x32=False, clone_nr=220,
        clone3_nr=435,
    ),
}

SUPPORTED = platform.machine() in _ABIS


class UnsupportedArchitecture(ValueError):
    """No deny list exists for this machine; callers check SUPPORTED first."""


def _abi(machine: str | None) -> _Abi:
    machine = machine or platform.machine()
    if machine not in _ABIS:
        raise UnsupportedArchitecture(f"no seccomp deny list for the {machine!r} architecture")
    return _ABIS[machine]


def deny_list_program(machine: str | None = None) -> bytes:
    """The compiled filter for `machine` (default: this one), as struct sock_filter[].

    The deny list is checked one comparison at a time: at about sixty entries that is
    a few nanoseconds per syscall once the kernel JIT-compiles it, and it keeps every
    jump offset a small forward constant that is easy to check.
    """
    abi = _abi(machine)
    numbers = sorted(set(abi.deny.values()))
    deny_rest = len(numbers)  # jt from the first comparison to the EPERM return
    if deny_rest > 255:
        raise ValueError("deny list too long for 8-bit jump offsets")
    insns = [
        (BPF_LD_W_ABS, 0, 0, SECCOMP_DATA_ARCH),
        (BPF_JEQ_K, 1, 0, abi.audit_arch),
        (BPF_RET_K, 0, 0, SECCOMP_RET_KILL_PROCESS),
        (BPF_LD_W_ABS, 0, 0, SECCOMP_DATA_NR),
    ]
    if abi.has_x32:
        insns += [
            (BPF_JSET_K, 0, 1, X32_SYSCALL_BIT),
            (BPF_RET_K, 0, 0, SECCOMP_RET_KILL_PROCESS),
        ]
    # No new namespaces through clone either (unshare and setns are denied below):
    # clone3 hides its flags behind a pointer, so it answers ENOSYS and the C library
    # falls back to clone, whose flags are in the first argument.
    insns += [
        (BPF_JEQ_K, 0, 1, abi.clone3_nr),
        (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.ENOSYS),
        (BPF_JEQ_K, 0, 3, abi.clone_nr),
        (BPF_LD_W_ABS, 0, 0, SECCOMP_DATA_ARG0_LOW),
        (BPF_JSET_K, 0, 1, CLONE_NAMESPACE_FLAGS),
        (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.EPERM),
        (BPF_LD_W_ABS, 0, 0, SECCOMP_DATA_NR),
    ]
    # Comparison i jumps over the remaining comparisons and the ALLOW return.
    insns += [(BPF_JEQ_K, deny_rest - i, 0, nr) for i, nr in enumerate(numbers)]
    insns += [
        (BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (BPF_RET_K, 0, 0, SECCOMP_RET_ERRNO | errno.EPERM),
    ]
    assert len(insns) <= BPF_MAXINSNS
    return b"".join(_INSN.pack(*insn) for insn in insns)


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


PR_SET_NO_NEW_PRIVS = 38
SECCOMP_SET_MODE_FILTER = 1
SECCOMP_FILTER_FLAG_TSYNC = 1


def install(program: bytes) -> None:
    """Apply `program` to the calling process, all of its threads, and all it forks.

    Irreversible, by design: call it in the child that is about to run submitted
    code, never in a pool's parent. It sets no_new_privs first (the kernel requires
    that of an unprivileged caller, and it stops setuid binaries regaining anything),
    then uses seccomp(2) with TSYNC rather than prctl(PR_SET_SECCOMP), so that threads
    a library started before this call are filtered too. The program must be built
    for this machine: a foreign one kills the process at its next syscall.
    """
    if not program or len(program) % _INSN.size or len(program) // _INSN.size > BPF_MAXINSNS:
        raise ValueError(f"not a classic-BPF program: {len(program)} bytes")
    abi = _abi(None)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.restype = ctypes.c_int
    libc.syscall.restype = ctypes.c_long
    code = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // _INSN.size, ctypes.addressof(code))
    ulong = ctypes.c_ulong
    if libc.prctl(ctypes.c_int(PR_SET_NO_NEW_PRIVS), ulong(1), ulong(0), ulong(0), ulong(0)):
        err = ctypes.get_errno()
        raise OSError(err, f"seccomp: prctl(PR_SET_NO_NEW_PRIVS) failed: {os.strerror(err)}")
    result = libc.syscall(
        ctypes.c_long(abi.seccomp_nr),
        ulong(SECCOMP_SET_MODE_FILTER),
        ulong(SECCOMP_FILTER_FLAG_TSYNC),
        ctypes.byref(fprog),
    )
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"seccomp: installing the filter failed: {os.strerror(err)}")
    if result > 0:
        # TSYNC names the thread that could not take the filter (it has its own,
        # different one); nothing was installed anywhere.
        raise OSError(f"seccomp: thread {result} could not be synchronised; no filter installed")


def program_fd(program: bytes | None = None) -> int:
    """A readable fd holding `program` (default: this machine's), for bwrap's --seccomp.

    It is the read end of a pipe whose write end is already closed, so it can be read
    once, to end of file, and never written: one fd per bubblewrap run. It is not
    inheritable; hand it over with `subprocess.Popen(..., pass_fds=(fd,))` and
    `["--seccomp", str(fd)]`. bubblewrap reads it and closes its copy before the
    sandboxed command starts; the caller closes its own copy once Popen has returned
    (or failed).
    """
    program = deny_list_program() if program is None else program
    if len(program) > 4096:  # POSIX PIPE_BUF: one write into an empty pipe never blocks
        raise ValueError("program too large to hand over through a pipe")
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, program)
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)
    return read_end
