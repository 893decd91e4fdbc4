#include "output.h"

#include <iostream>

namespace otptool {

int fail(std::string_view message)
{
    std::cerr << "otptool: " << message << '\n';
    return kExitBadInput;
}

int fail(const otp::Error& error)
{
    std::cerr << "otptool: " << error.message << " (" << otp::errorCodeName(error.code) << ")\n";
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
