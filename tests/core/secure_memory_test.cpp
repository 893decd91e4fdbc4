// Secret buffers stay out of core dumps: on Linux the pages under a live SecureBytes block carry
// MADV_DONTDUMP, which /proc/self/smaps lists as the "dd" VmFlag.

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "otp/secure_bytes.h"

namespace {

// The VmFlags line of the mapping that contains `address`, or "" if none does.
std::string vmFlagsOf(const void* address)
{
    const auto a = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t start = 0;
        std::uintptr_t end = 0;
        char dash = 0;
        std::istringstream range(line);
        if (range >> std::hex >> start >> dash >> end && dash == '-' &&
            line.find(':') > line.find(' ')) {
            inside = a >= start && a < end;
            continue;
        }
        if (inside && line.starts_with("VmFlags:"))
            return line;
    }
    return {};
}

bool hasFlag(const std::string& flags, const std::string& flag)
{
    return (flags + " ").find(" " + flag + " ") != std::string::npos;
}

TEST(SecureMemory, SecretPagesAreLeftOutOfCoreDumps)
{
#ifndef __linux__
    GTEST_SKIP() << "MADV_DONTDUMP is Linux only";
#else
    otp::SecureBytes key(32, 0x5a);
    const std::string flags = vmFlagsOf(key.data());
    ASSERT_FALSE(flags.empty()) << "no mapping found for the buffer in /proc/self/smaps";
    EXPECT_TRUE(hasFlag(flags, "dd")) << flags;

    otp::SecureString text("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP");
    EXPECT_TRUE(hasFlag(vmFlagsOf(text.data()), "dd"));
#endif
}

TEST(SecureMemory, BuffersStillWorkAfterManyAllocations)
{
    std::vector<otp::SecureBytes> many;
    for (int i = 0; i < 2000; ++i)
        many.emplace_back(static_cast<std::size_t>(16 + i % 300), static_cast<std::uint8_t>(i));
    for (int i = 0; i < 2000; ++i)
        EXPECT_EQ(many[static_cast<std::size_t>(i)].back(), static_cast<std::uint8_t>(i));
    many.clear();
    otp::SecureBytes again(64, 1);
    EXPECT_EQ(again[63], 1);
}

}  // namespace
