#pragma once

#include <QString>

// Process-wide protections for secrets in memory and in the profile, applied first thing in
// main() by the app and by otptool (docs/threat-model.md, L-5 and L-7).
namespace platform {

// - No core dumps: RLIMIT_CORE 0 (POSIX), and on Linux PR_SET_DUMPABLE 0, which also stops
//   other processes of the same user from attaching with ptrace or reading /proc/PID/mem
//   (root still can). A crash then leaves no copy of the seeds in systemd-coredump or apport.
// - umask 077: every file and directory the process creates is its owner's only.
// Best effort: a call the OS refuses is skipped.
void hardenProcess();

// Creates `directory` if needed and makes it, and `file` inside it if that exists, owner-only
// (0700 and 0600): a profile made by an older version, or under a loose umask, is tightened at
// start-up rather than only when the vault is next saved.
void restrictProfile(const QString& directory, const QString& file);

}  // namespace platform
