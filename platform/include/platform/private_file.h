#pragma once

#include <cstdint>
#include <span>

#include <QString>

#include "otp/error.h"
#include "otp/result.h"
#include "platform/error_code.h"

// Writing a file that holds secrets (an export) or that a tester names on the command line (a
// screenshot), so that neither a planted symlink nor a typo can destroy another file.
namespace platform {

enum class ExistingFile {
    Refuse,  // an existing entry at the path (file, symlink, anything) is an error: nothing changes
    Replace,  // an existing regular file is replaced as a whole (never truncated in place)
};

// Writes `bytes` to `path`, owner read/write only (0600). The bytes go to a new file in the
// same directory first (O_TMPFILE where the file system has it, so a crash leaves no copy behind;
// otherwise a hidden O_EXCL temp file), are synced, and only then appear at `path`:
// - a symlink at `path` is refused in either mode (it is never followed, nor replaced), and so
//   is anything that is not a regular file;
// - Refuse: `path` must not exist. The check is atomic (link(2) fails on an existing entry), so
//   a file created meanwhile is not overwritten either.
// - Replace: rename(2) over the existing file.
// Errors carry `code`, with the path and the reason.
otp::Result<void> writePrivateFile(const QString& path, std::span<const std::uint8_t> bytes,
                                   ExistingFile existing, otp::ErrorCode code);
inline otp::Result<void> writePrivateFile(const QString& path, std::span<const std::uint8_t> bytes,
                                          ExistingFile existing, ErrorCode code)
{
    return writePrivateFile(path, bytes, existing, otp::toErrorCode(code));
}

}  // namespace platform
