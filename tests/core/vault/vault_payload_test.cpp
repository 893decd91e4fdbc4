// Token records: round trips, unknown-field preservation, malformed payloads.

#include <gtest/gtest.h>

#include "otp/vault/vault.h"
#include "vault_test_util.h"

namespace {

using namespace otp::vault;
using vaulttest::sampleUri;
using vaulttest::sampleVault;

void appendTlv(otp::SecureBytes& out, std::uint16_t tag, std::vector<std::uint8_t> value)
{
    out.push_back(static_cast<std::uint8_t>(tag >> 8));
    out.push_back(static_cast<std::uint8_t>(tag));
    const auto n = static_cast<std::uint32_t>(value.size());
    for (int shift : {24, 16, 8, 0})
        out.push_back(static_cast<std::uint8_t>(n >> shift));
    out.insert(out.end(), value.begin(), value.end());
}

TEST(VaultPayload, EmptyVaultRoundTrips)
{
    Vault empty;
    auto decoded = decodePayload(encodePayload(empty));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, empty);
}

TEST(VaultPayload, EveryFieldRoundTrips)
{
    const Vault v = sampleVault();
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, v);
    ASSERT_EQ(decoded->tokens.size(), 2u);
    const Token& hotp = decoded->tokens[1];
    EXPECT_EQ(hotp.uri.type, otp::OtpType::Hotp);
    EXPECT_EQ(hotp.uri.counter, 41u);
    EXPECT_EQ(hotp.serial.compact(), "ABCD12345678");
    ASSERT_TRUE(hotp.uri.serial.has_value());
    EXPECT_EQ(decoded->tokens[0].serial, otp::effectiveSerial(decoded->tokens[0].uri));
    EXPECT_FALSE(decoded->tokens[0].uri.serial.has_value());
    EXPECT_EQ(decoded->tokens[0].created, 1700000000);
    EXPECT_EQ(decoded->tokens[0].uri.extraParameters, v.tokens[0].uri.extraParameters);
}

TEST(VaultPayload, TokensComeBackInDisplayOrder)
{
    Vault v = sampleVault();
    v.tokens[0].order = 5;
    v.tokens[1].order = 2;
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded->tokens[0].uri.issuer, "Other Bank");
    EXPECT_EQ(decoded->tokens[1].uri.issuer, "Bank");
}

TEST(VaultPayload, UnknownFieldsSurviveARoundTrip)
{
    Vault v = sampleVault();
    v.tokens[0].unknownFields.push_back({0x0100, otp::SecureBytes{1, 2, 3}});
    v.tokens[0].unknownFields.push_back({0x7fff, otp::SecureBytes{}});
    v.unknownFields.push_back({0x0042, otp::SecureBytes{9, 8, 7, 6}});
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, v);
    // And again: what a newer version wrote survives repeated saves by this one.
    EXPECT_EQ(encodePayload(*decoded), encodePayload(v));
}

TEST(VaultPayload, UnknownTagsBetweenKnownOnesArePreserved)
{
    // A payload as a newer writer might lay it out: unknown items before and among the tokens.
    Vault v = sampleVault();
    otp::SecureBytes payload;
    appendTlv(payload, 0x0900, {0xaa});
    auto known = encodePayload(v);
    payload.insert(payload.end(), known.begin(), known.end());
    auto decoded = decodePayload(payload);
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    ASSERT_EQ(decoded->unknownFields.size(), 1u);
    EXPECT_EQ(decoded->unknownFields[0].tag, 0x0900);
    EXPECT_EQ(decoded->unknownFields[0].value, otp::SecureBytes{0xaa});
    EXPECT_EQ(decoded->tokens, v.tokens);
}

TEST(VaultPayload, AddTokenAssignsFreshIdsAndOrder)
{
    Vault v = sampleVault();
    const auto firstId = v.tokens[0].id;
    ASSERT_TRUE(removeToken(v, firstId).ok());
    const auto id = addToken(v, sampleUri("New", "n", 5), 1);
    EXPECT_NE(id, firstId) << "ids are never reused";
    EXPECT_EQ(v.tokens.back().order, v.tokens.front().order + 1);
    EXPECT_EQ(removeToken(v, 12345).error().code, otp::ErrorCode::VaultNoSuchToken);
}

TEST(VaultPayload, NextIdSurvivesReload)
{
    Vault v = sampleVault();
    const auto last = v.tokens.back().id;
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(addToken(*decoded, sampleUri("X", "y", 3), 0), last + 1);
}

struct BadPayloadCase {
    const char* name;
    std::vector<std::uint8_t> tokenBody;  // TLV items of one token, hand-made
};

otp::SecureBytes tokenWith(const std::vector<std::uint8_t>& body)
{
    otp::SecureBytes p;
    appendTlv(p, 0x0001, body);
    return p;
}

TEST(VaultPayload, MalformedRecordsAreDamage)
{
    // A valid token body, then variants with one defect each.
    Vault v;
    addToken(v, sampleUri("B", "a", 1), 0);
    otp::SecureBytes whole = encodePayload(v);
    const std::vector<std::uint8_t> body(whole.begin() + 6, whole.end());
    ASSERT_TRUE(decodePayload(tokenWith(body)).ok());

    auto withDigits = [&](std::uint8_t digits) {
        std::vector<std::uint8_t> b = body;
        // digits is tag 0x0007 with a one-byte value; find it.
        for (std::size_t i = 0; i + 7 <= b.size(); ++i) {
            if (b[i] == 0 && b[i + 1] == 7 && b[i + 2] == 0 && b[i + 3] == 0 && b[i + 4] == 0 &&
                b[i + 5] == 1) {
                b[i + 6] = digits;
                break;
            }
        }
        return b;
    };
    std::vector<std::uint8_t> duplicated = body;
    duplicated.insert(duplicated.end(), body.begin(), body.begin() + 14);  // id again
    std::vector<std::uint8_t> truncated(body.begin(), body.end() - 1);

    for (const auto& [name, b] : std::vector<std::pair<std::string, std::vector<std::uint8_t>>>{
             {"digits 12", withDigits(12)},
             {"digits 5", withDigits(5)},
             {"duplicate field", duplicated},
             {"field runs past the end", truncated},
             {"missing fields", std::vector<std::uint8_t>(body.begin(), body.begin() + 14)},
         }) {
        auto decoded = decodePayload(tokenWith(b));
        ASSERT_FALSE(decoded.ok()) << name;
        EXPECT_EQ(decoded.error().code, otp::ErrorCode::VaultDamaged) << name;
    }

    otp::SecureBytes twoSameIds = tokenWith(body);
    auto again = tokenWith(body);
    twoSameIds.insert(twoSameIds.end(), again.begin(), again.end());
    auto dup = decodePayload(twoSameIds);
    ASSERT_FALSE(dup.ok());
    EXPECT_NE(dup.error().message.find("duplicate id"), std::string::npos) << dup.error().message;
}

}  // namespace

namespace {

otp::KeyUri parsed(std::string_view text)
{
    auto uri = otp::parseKeyUri(text);
    EXPECT_TRUE(uri.ok()) << text;
    return uri.ok() ? std::move(uri).value() : otp::KeyUri{};
}

}  // namespace

TEST(VaultPayload, SteamTokensAndLabelIssuersRoundTrip)
{
    Vault v;
    addToken(v, parsed("otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP&digits=5"), 1);
    addToken(v, parsed("otpauth://totp/Example:alice?secret=GEZDGNBV&issuer=Example%20Corp"), 2);
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(*decoded, v);
    EXPECT_EQ(decoded->tokens[0].uri.codeFormat, otp::CodeFormat::Steam);
    EXPECT_EQ(decoded->tokens[0].uri.digits, 5);
    EXPECT_EQ(decoded->tokens[1].uri.labelIssuer, "Example");
}

TEST(VaultPayload, DecimalTokensGetNoNewFields)
{
    // Tokens that need neither field are written as before, so an older app reads the same bytes.
    Vault plain;
    addToken(plain, parsed("otpauth://totp/Bank:a?secret=JBSWY3DPEHPK3PXP&issuer=Bank"), 1);
    Vault relabelled = plain;
    relabelled.tokens[0].uri.labelIssuer = "Old Bank";
    EXPECT_EQ(encodePayload(relabelled).size(),
              encodePayload(plain).size() + 6 + std::string_view("Old Bank").size());
}

TEST(VaultPayload, FiveDigitsOnlyForSteam)
{
    Vault v;
    addToken(v, parsed("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP"), 1);
    v.tokens[0].uri.digits = 5;  // a decimal token cannot have 5 digits
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, otp::ErrorCode::VaultDamaged);
}

TEST(VaultPayload, AStoredDerivedSerialBecomesTheIdInTheLabelOnUpgrade)
{
    // What an older app stored for a VIP Access token: the serial derived from the secret.
    Vault v;
    addToken(v, parsed("otpauth://totp/VIP%20Access:SYMC67913149?secret=JBSWY3DPEHPK3PXP"), 1);
    addToken(v, parsed("otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP"), 2);
    addToken(v,
             parsed("otpauth://totp/VIP:SYMC67913149?secret=JBSWY3DPEHPK3PXP&serial="
                    "QQQQ00000000"),
             3);
    for (Token& t : v.tokens)
        t.serial = otp::Serial::deriveFromSecret(t.uri.secret);
    v.tokens[2].serial = *v.tokens[2].uri.serial;
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    EXPECT_EQ(decoded->tokens[0].serial.compact(), "SYMC67913149");  // the ID the bank knows
    EXPECT_EQ(decoded->tokens[1].serial.compact(), "XRAD82676438");  // unchanged
    EXPECT_EQ(decoded->tokens[2].serial.compact(), "QQQQ00000000");  // the parameter still wins
}

TEST(VaultPayload, ASteamTokenStoredAsDecimalReadsAsSteamOnUpgrade)
{
    // What an older app stored for otpauth://totp/Steam:me?...&encoder=steam: a 6-digit TOTP
    // with the encoder as an extra parameter.
    Vault v;
    addToken(v, parsed("otpauth://totp/Steam:me?secret=JBSWY3DPEHPK3PXP&x=1"), 1);
    v.tokens[0].uri.extraParameters = {{"x", "1"}, {"encoder", "steam"}};
    auto decoded = decodePayload(encodePayload(v));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message;
    const otp::KeyUri& uri = decoded->tokens[0].uri;
    EXPECT_EQ(uri.codeFormat, otp::CodeFormat::Steam);
    EXPECT_EQ(uri.digits, otp::kSteamCodeLength);
    ASSERT_EQ(uri.extraParameters.size(), 1u);
    EXPECT_EQ(uri.extraParameters[0].first, "x");
    // An HOTP token keeps it: Steam codes are time-based.
    Vault h;
    addToken(h, parsed("otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1&encoder=steam"), 1);
    auto hotp = decodePayload(encodePayload(h));
    ASSERT_TRUE(hotp.ok());
    EXPECT_EQ(hotp->tokens[0].uri.codeFormat, otp::CodeFormat::Decimal);
    EXPECT_EQ(hotp->tokens[0].uri.extraParameters.size(), 1u);
}
