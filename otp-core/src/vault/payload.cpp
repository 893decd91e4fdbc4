// Token records as TLV (docs/vault.md "Payload").

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "otp/issued_serial.h"
#include "otp/vault/vault.h"
#include "percent_encoding.h"
#include "vault/byte_io.h"

namespace otp::vault {

namespace {

using detail::asText;
using detail::fixedUint;
using detail::Reader;
using detail::readTlv;
using detail::Writer;

constexpr std::uint16_t kTopToken = 0x0001;

enum TokenTag : std::uint16_t {
    kId = 0x0001,
    kType = 0x0002,
    kIssuer = 0x0003,
    kAccount = 0x0004,
    kSecret = 0x0005,
    kAlgorithm = 0x0006,
    kDigits = 0x0007,
    kPeriod = 0x0008,
    kCounter = 0x0009,
    kSerial = 0x000A,
    kIssuerSerial = 0x000B,
    kOrder = 0x000C,
    kCreated = 0x000D,
    kExtraParameter = 0x000E,
    kLabelIssuer = 0x000F,
    kCodeFormat = 0x0010,
};

constexpr std::uint16_t kExtraName = 0x0001;
constexpr std::uint16_t kExtraValue = 0x0002;

std::uint8_t algorithmCode(Algorithm a)
{
    switch (a) {
    case Algorithm::Sha1: return 1;
    case Algorithm::Sha256: return 2;
    case Algorithm::Sha512: return 3;
    }
    return 0;
}

std::optional<Algorithm> algorithmFromCode(std::uint64_t code)
{
    switch (code) {
    case 1: return Algorithm::Sha1;
    case 2: return Algorithm::Sha256;
    case 3: return Algorithm::Sha512;
    default: return std::nullopt;
    }
}

void encodeToken(Writer& out, const Token& t)
{
    SecureBytes body;
    Writer w(body);
    w.tlvU64(kId, t.id);
    w.tlvU8(kType, t.uri.type == OtpType::Totp ? 1 : 2);
    w.tlvText(kIssuer, t.uri.issuer);
    w.tlvText(kAccount, t.uri.account);
    w.tlv(kSecret, t.uri.secret);
    w.tlvU8(kAlgorithm, algorithmCode(t.uri.algorithm));
    w.tlvU8(kDigits, static_cast<std::uint8_t>(t.uri.digits));
    w.tlvU32(kPeriod, static_cast<std::uint32_t>(t.uri.period));
    w.tlvU64(kCounter, t.uri.counter);
    w.tlvText(kSerial, t.serial.compact());
    if (t.uri.serial)
        w.tlvText(kIssuerSerial, t.uri.serial->compact());
    w.tlvU32(kOrder, t.order);
    w.tlvU64(kCreated, static_cast<std::uint64_t>(t.created));
    // Written only when set, so the vaults of decimal tokens stay byte-for-byte as before.
    if (!t.uri.labelIssuer.empty())
        w.tlvText(kLabelIssuer, t.uri.labelIssuer);
    if (t.uri.codeFormat == CodeFormat::Steam)
        w.tlvU8(kCodeFormat, 2);
    for (const auto& [name, value] : t.uri.extraParameters) {
        SecureBytes pair;
        Writer pw(pair);
        pw.tlvText(kExtraName, name);
        pw.tlvText(kExtraValue, value);
        w.tlv(kExtraParameter, pair);
    }
    for (const UnknownField& f : t.unknownFields)
        w.tlv(f.tag, f.value);
    out.tlv(kTopToken, body);
}

// A TOTP token stored before `encoder=steam` was read kept it as an extra parameter and showed
// six wrong digits; it is read as the Steam token it is, as parseKeyUri would read its URI now.
void adoptSteamEncoder(KeyUri& uri)
{
    if (uri.type != OtpType::Totp || uri.codeFormat == CodeFormat::Steam)
        return;
    auto& extras = uri.extraParameters;
    const auto isSteam = [](const std::pair<std::string, std::string>& p) {
        return otp::detail::equalsIgnoreCase(p.first, "encoder") &&
               otp::detail::equalsIgnoreCase(p.second, "steam");
    };
    const auto before = extras.size();
    extras.erase(std::remove_if(extras.begin(), extras.end(), isSteam), extras.end());
    if (extras.size() == before)
        return;
    uri.codeFormat = CodeFormat::Steam;
    uri.digits = kSteamCodeLength;
}

Error damaged(std::size_t tokenIndex, const std::string& what)
{
    return Error{ErrorCode::VaultDamaged,
                 "vault damaged: token record " + std::to_string(tokenIndex + 1) + ": " + what};
}

Result<Token> decodeToken(std::span<const std::uint8_t> body, std::size_t index)
{
    std::set<std::uint16_t> seen;
    KeyUri uri;
    std::optional<std::uint64_t> id, order, created;
    std::optional<Serial> serial;
    bool haveType = false, haveSecret = false, haveAlgorithm = false, haveDigits = false;
    std::vector<UnknownField> unknown;

    Reader r(body);
    while (!r.atEnd()) {
        auto item = readTlv(r);
        if (!item)
            return damaged(index, "a field runs past the end of the record");
        const auto tag = item->tag;
        const auto value = item->value;
        const bool known = tag >= kId && tag <= kCodeFormat;
        if (known && tag != kExtraParameter && !seen.insert(tag).second)
            return damaged(index, "field " + std::to_string(tag) + " appears twice");
        auto bad = [&](const char* field) {
            return damaged(index, std::string("bad ") + field + " field");
        };
        switch (tag) {
        case kId:
            id = fixedUint(value, 8);
            if (!id || *id == 0 || *id == UINT64_MAX)
                return bad("id");
            break;
        case kType: {
            auto v = fixedUint(value, 1);
            if (!v || (*v != 1 && *v != 2))
                return bad("type");
            uri.type = *v == 1 ? OtpType::Totp : OtpType::Hotp;
            haveType = true;
            break;
        }
        case kIssuer: uri.issuer = std::string(asText(value)); break;
        case kAccount: uri.account = std::string(asText(value)); break;
        case kSecret:
            if (value.empty())
                return bad("secret");
            uri.secret.assign(value.begin(), value.end());
            haveSecret = true;
            break;
        case kAlgorithm: {
            auto v = fixedUint(value, 1);
            auto a = v ? algorithmFromCode(*v) : std::nullopt;
            if (!a)
                return bad("algorithm");
            uri.algorithm = *a;
            haveAlgorithm = true;
            break;
        }
        case kDigits: {
            auto v = fixedUint(value, 1);
            // 5 only for a Steam token (checked once all fields are read).
            if (!v || *v < 5 || *v > 10)
                return bad("digits");
            uri.digits = static_cast<int>(*v);
            haveDigits = true;
            break;
        }
        case kPeriod: {
            auto v = fixedUint(value, 4);
            if (!v || *v < 1 || *v > 0x7fffffff)
                return bad("period");
            uri.period = static_cast<int>(*v);
            break;
        }
        case kCounter: {
            auto v = fixedUint(value, 8);
            if (!v)
                return bad("counter");
            uri.counter = *v;
            break;
        }
        case kSerial:
        case kIssuerSerial: {
            auto s = Serial::parse(asText(value));
            if (!s || s->compact() != asText(value))
                return bad(tag == kSerial ? "serial" : "issuer serial");
            (tag == kSerial ? serial : uri.serial) = std::move(s).value();
            break;
        }
        case kOrder: {
            auto v = fixedUint(value, 4);
            if (!v)
                return bad("order");
            order = v;
            break;
        }
        case kCreated:
            if (!(created = fixedUint(value, 8)))
                return bad("created");
            break;
        case kExtraParameter: {
            Reader pr(value);
            auto name = readTlv(pr);
            auto text = name ? readTlv(pr) : std::nullopt;
            if (!name || !text || name->tag != kExtraName || text->tag != kExtraValue ||
                !pr.atEnd())
                return bad("extra parameter");
            uri.extraParameters.emplace_back(std::string(asText(name->value)),
                                             std::string(asText(text->value)));
            break;
        }
        case kLabelIssuer: uri.labelIssuer = std::string(asText(value)); break;
        case kCodeFormat: {
            auto v = fixedUint(value, 1);
            if (!v || (*v != 1 && *v != 2))
                return bad("code format");
            uri.codeFormat = *v == 2 ? CodeFormat::Steam : CodeFormat::Decimal;
            break;
        }
        default: unknown.push_back(UnknownField{tag, SecureBytes(value.begin(), value.end())});
        }
    }
    if (!id || !haveType || !haveSecret || !haveAlgorithm || !haveDigits || !serial || !order ||
        !created)
        return damaged(index, "a required field is missing");
    if ((uri.codeFormat == CodeFormat::Steam) != (uri.digits == kSteamCodeLength))
        return damaged(index, "bad digits field");
    adoptSteamEncoder(uri);
    // A serial stored before IDs in the label were read was derived from the secret; the ID the
    // label carries is the one the bank knows. Every other stored serial stays as it is.
    if (!uri.serial) {
        if (auto fromLabel = serialInLabel(uri))
            serial = std::move(fromLabel);
    }
    return Token{.id = *id,
                 .uri = std::move(uri),
                 .serial = std::move(*serial),
                 .order = static_cast<std::uint32_t>(*order),
                 .created = static_cast<std::int64_t>(*created),
                 .unknownFields = std::move(unknown)};
}

}  // namespace

SecureBytes encodePayload(const Vault& vault)
{
    SecureBytes out;
    Writer w(out);
    for (const Token& t : vault.tokens)
        encodeToken(w, t);
    for (const UnknownField& f : vault.unknownFields)
        w.tlv(f.tag, f.value);
    return out;
}

Result<Vault> decodePayload(std::span<const std::uint8_t> payload)
{
    Vault vault;
    std::set<std::uint64_t> ids;
    Reader r(payload);
    while (!r.atEnd()) {
        auto item = readTlv(r);
        if (!item)
            return Error{ErrorCode::VaultDamaged, "vault damaged: a record runs past the end"};
        if (item->tag != kTopToken) {
            vault.unknownFields.push_back(
                UnknownField{item->tag, SecureBytes(item->value.begin(), item->value.end())});
            continue;
        }
        auto token = decodeToken(item->value, vault.tokens.size());
        if (!token)
            return token.error();
        if (!ids.insert(token->id).second)
            return damaged(vault.tokens.size(), "duplicate id " + std::to_string(token->id));
        vault.nextId = std::max(vault.nextId, token->id + 1);
        vault.tokens.push_back(std::move(token).value());
    }
    std::stable_sort(vault.tokens.begin(), vault.tokens.end(), [](const Token& a, const Token& b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    return vault;
}

}  // namespace otp::vault
