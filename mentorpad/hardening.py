"""Process hardening (KeePassXC does the same): no core dumps, no debugger or memory reader.

A core dump, or another process of the same user attaching a debugger or reading our memory,
would expose the passphrase, the key and the decrypted notes. The app and every CLI command
call harden_process() first, before anything secret is read.

- Linux: RLIMIT_CORE 0 and prctl(PR_SET_DUMPABLE, 0) (no core, no ptrace or /proc/<pid>/mem
  by the same user, no /proc/<pid>/environ).
- macOS: RLIMIT_CORE 0 and ptrace(PT_DENY_ATTACH).
- Windows: a process DACL that lets the user only wait for, query and end the process
  (no memory reads, no thread injection); Windows writes no core files of its own.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
PT_DENY_ATTACH = 31


def harden_process() -> dict[str, bool]:
    """Best effort; returns what took effect (tests check it on Linux)."""
    result = {"core_dumps_off": _no_core_dumps(), "not_dumpable": False}
    if sys.platform.startswith("linux"):
        result["not_dumpable"] = _linux_not_dumpable()
    elif sys.platform == "darwin":
        result["not_dumpable"] = _macos_deny_attach()
    elif sys.platform == "win32":
        result["not_dumpable"] = _windows_restrict_access()
    return result


def _no_core_dumps() -> bool:
    if sys.platform == "win32":
        return True  # no core files; crash dumps only where an administrator enabled them
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        return False
    return True


def _linux_not_dumpable() -> bool:
    try:
        # The process already has libc loaded: no find_library (it runs ldconfig, ~9 ms).
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _macos_deny_attach() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.ptrace(PT_DENY_ATTACH, 0, None, 0) == 0)
    except (OSError, AttributeError):
        return False


def _windows_restrict_access() -> bool:
    """Replace the process's DACL by one allowing its user only SYNCHRONIZE, query-limited
    and terminate (KeePassXC's createWindowsDACL): Task Manager can still end it."""
    if sys.platform != "win32":  # pragma: no cover - for the type checker
        return False
    try:
        from ctypes import wintypes

        advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p]
        advapi32.SetSecurityInfo.argtypes = [wintypes.HANDLE, ctypes.c_int, wintypes.DWORD]
        advapi32.SetSecurityInfo.argtypes += [ctypes.c_void_p] * 4
        advapi32.GetLengthSid.argtypes = [ctypes.c_void_p]
        advapi32.InitializeAcl.argtypes = [ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD]
        advapi32.AddAccessAllowedAce.argtypes = [
            ctypes.c_void_p, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p
        ]  # fmt: skip
        process = kernel32.GetCurrentProcess()
        token = wintypes.HANDLE()
        if not advapi32.OpenProcessToken(process, 0x0008, ctypes.byref(token)):  # TOKEN_QUERY
            return False
        try:
            needed = wintypes.DWORD()
            advapi32.GetTokenInformation(token, 1, None, 0, ctypes.byref(needed))  # TokenUser
            user = ctypes.create_string_buffer(needed.value)
            if not advapi32.GetTokenInformation(token, 1, user, needed, ctypes.byref(needed)):
                return False
        finally:
            kernel32.CloseHandle(token)
        sid = ctypes.cast(user, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER.User.Sid
        size = 8 + 12 - 4 + advapi32.GetLengthSid(sid)  # ACL + one ACE
        acl = ctypes.create_string_buffer(size)
        if not advapi32.InitializeAcl(acl, size, 2):  # ACL_REVISION
            return False
        allowed = 0x00100000 | 0x1000 | 0x0001  # SYNCHRONIZE | QUERY_LIMITED | TERMINATE
        if not advapi32.AddAccessAllowedAce(acl, 2, allowed, sid):
            return False
        # SE_KERNEL_OBJECT; DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION
        status = advapi32.SetSecurityInfo(
            process, 6, 0x00000004 | 0x80000000, None, None, acl, None
        )
        return bool(status == 0)
    except (OSError, AttributeError, ValueError):
        return False
