#include "output.h"

#include <iostream>

#include "otp/display_text.h"
#include "platform/error_code.h"

namespace otptool {

int fail(std::string_view message)
{
    std::cerr << "otptool: " << otp::escapeControls(message) << '\n';
    return kExitBadInput;
}

int fail(const otp::Error& error)
{
    std::cerr << "otptool: " << otp::escapeControls(error.message) << " ("
              << platform::errorCodeName(error.code) << ")\n";
    return kExitBadInput;
}

int printUsage(std::string_view usage)
{
    std::cout << usage;
    if (!usage.ends_with('\n'))
        std::cout << '\n';
    return kExitOk;
}

}  // namespace otptool
