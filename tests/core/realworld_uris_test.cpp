// The table of real-world URIs (tests/core/realworld/realworld_uris.tsv): each row is a URI
// as a provisioning tool, an issuer or another app writes it, with what SoftToken must make
// of it. Decimal codes were computed with oathtool and are recomputed with it here (it is in
// debian-packages.txt), so the table cannot drift from the reference.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "otp/base32.h"
#include "otp/issued_serial.h"
#include "otp/key_uri.h"
#include "otp/uri_generators.h"

namespace {

constexpr const char* kTable = SOFTTOKEN_REALWORLD_URIS;
constexpr const char* kOathtool = SOFTTOKEN_OATHTOOL;

struct Row {
    int line = 0;
    std::string source, uri, peers, expect, issuer, account, serial, serialSource, encoder;
    std::int64_t at = 0;
    std::string code;
};

std::vector<std::string> split(const std::string& line)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
        fields.push_back(line.substr(start, tab - start));
    fields.push_back(line.substr(start));
    return fields;
}

std::vector<Row> readTable()
{
    std::ifstream in(kTable);
    std::vector<Row> rows;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        const auto f = split(line);
        if (f.size() != 11) {
            ADD_FAILURE() << kTable << ":" << number << ": " << f.size() << " fields, want 11";
            continue;
        }
        rows.push_back(Row{number, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                           f[9].empty() ? 0 : std::stoll(f[9]), f[10]});
    }
    return rows;
}

std::string oathtoolCode(const otp::KeyUri& uri, std::int64_t at)
{
    const std::string mode = uri.algorithm == otp::Algorithm::Sha1
                                 ? ""
                                 : "=" + std::string(algorithmName(uri.algorithm));
    const std::string command = std::string(kOathtool) + " --totp" + mode + " -d " +
                                std::to_string(uri.digits) + " -s " + std::to_string(uri.period) +
                                " -b " + std::string(otp::base32Encode(uri.secret).view()) +
                                " -N @" + std::to_string(at) + " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr)
        return "popen failed";
    std::string out;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe) != nullptr)
        out += buffer;
    ::pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r'))
        out.pop_back();
    return out;
}

TEST(RealWorldUris, TableHasRowsOfEveryKind)
{
    const auto rows = readTable();
    ASSERT_GE(rows.size(), 12u) << kTable;
    int label = 0, steam = 0, refused = 0;
    for (const Row& r : rows) {
        label += r.serialSource == "label";
        steam += r.encoder == "steam";
        refused += r.expect != "ok";
    }
    EXPECT_GE(label, 5);
    EXPECT_GE(steam, 2);
    EXPECT_GE(refused, 1);
}

TEST(RealWorldUris, EachRowGivesItsFieldsSerialAndCode)
{
    for (const Row& r : readTable()) {
        SCOPED_TRACE("line " + std::to_string(r.line) + " (" + r.source + "): " + r.uri);
        auto parsed = otp::parseKeyUri(r.uri);
        if (r.expect != "ok") {
            ASSERT_FALSE(parsed.ok());
            EXPECT_EQ(otp::errorCodeName(parsed.error().code), r.expect);
            continue;
        }
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        const otp::KeyUri& uri = *parsed;
        EXPECT_EQ(uri.issuer, r.issuer);
        EXPECT_EQ(uri.account, r.account);
        EXPECT_EQ(otp::effectiveSerial(uri).compact(), r.serial);
        EXPECT_EQ(otp::serialSourceName(otp::serialSource(uri)), r.serialSource);
        EXPECT_EQ(otp::codeFormatName(uri.codeFormat), r.encoder);
        auto generator = otp::totpGeneratorFor(uri);
        ASSERT_TRUE(generator.ok()) << generator.error().message;
        EXPECT_EQ(generator->codeAt(r.at).value(), r.code);
        // What formatKeyUri writes reads back the same, so an export keeps all of it.
        EXPECT_EQ(otp::parseKeyUri(otp::formatKeyUri(uri).view()).value(), uri);
    }
}

TEST(RealWorldUris, DecimalCodesAreOathtools)
{
    // A missing reference is a failure, as in crosscheck_test, never a silent skip.
    ASSERT_FALSE(std::string(kOathtool).empty())
        << "oathtool not found at configure time (apt install oathtool)";
    for (const Row& r : readTable()) {
        if (r.expect != "ok" || r.encoder != "decimal")
            continue;
        SCOPED_TRACE("line " + std::to_string(r.line) + ": " + r.uri);
        const auto uri = otp::parseKeyUri(r.uri);
        ASSERT_TRUE(uri.ok());
        EXPECT_EQ(oathtoolCode(*uri, r.at), r.code);
    }
}

}  // namespace
