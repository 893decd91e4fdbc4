#include "otp/interop/ga_migration.h"

#include <string>

#include "codec.h"
#include "entry.h"
#include "percent_encoding.h"
#include "protobuf.h"

namespace otp::interop {

namespace {

using detail::pb::Field;
using detail::pb::WireType;

constexpr std::int32_t kMaxBatchSize = 1000;
constexpr std::string_view kScheme = "otpauth-migration://";

Error bad(std::string message)
{
    return Error{ErrorCode::ImportBadMigration,
                 "Google Authenticator export: " + std::move(message)};
}

std::string_view asText(std::span<const std::uint8_t> b)
{
    return {reinterpret_cast<const char*>(b.data()), b.size()};
}

std::int32_t asInt32(std::uint64_t v)
{
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(v & 0xFFFFFFFFu));
}

bool expect(const Field& f, WireType type, std::string_view what, std::string& error)
{
    if (f.type == type)
        return true;
    error = std::string(what) + " (field " + std::to_string(f.number) + ") has the wrong wire type";
    return false;
}

// One OtpParameters message. Returns false (with `error`) if it is not valid protobuf; an entry
// that is valid protobuf but unusable goes to result.unsupported.
bool parseParameters(std::span<const std::uint8_t> message, std::size_t position,
                     ImportResult& result, std::string& error)
{
    detail::pb::Reader reader(message);
    KeyUri uri;
    std::string unsupported;
    ErrorCode unsupportedCode = ErrorCode::UriInvalidText;
    while (auto f = reader.next()) {
        switch (f->number) {
        case 1:
            if (!expect(*f, WireType::Len, "secret", error))
                return false;
            uri.secret.assign(f->bytes.begin(), f->bytes.end());
            break;
        case 2:
            if (!expect(*f, WireType::Len, "name", error))
                return false;
            uri.account = std::string(asText(f->bytes));
            break;
        case 3:
            if (!expect(*f, WireType::Len, "issuer", error))
                return false;
            uri.issuer = std::string(asText(f->bytes));
            break;
        case 4:
            if (!expect(*f, WireType::Varint, "algorithm", error))
                return false;
            if (f->varint == 0 || f->varint == 1)
                uri.algorithm = Algorithm::Sha1;
            else if (f->varint == 2)
                uri.algorithm = Algorithm::Sha256;
            else if (f->varint == 3)
                uri.algorithm = Algorithm::Sha512;
            else {
                unsupported = f->varint == 4
                                  ? std::string("the MD5 algorithm is not supported")
                                  : "unknown algorithm value " + std::to_string(f->varint);
                unsupportedCode = ErrorCode::UriUnknownAlgorithm;
            }
            break;
        case 5:
            if (!expect(*f, WireType::Varint, "digits", error))
                return false;
            if (f->varint == 0 || f->varint == 1)
                uri.digits = 6;
            else if (f->varint == 2)
                uri.digits = 8;
            else {
                unsupported = "unknown digits value " + std::to_string(f->varint);
                unsupportedCode = ErrorCode::UriBadDigits;
            }
            break;
        case 6:
            if (!expect(*f, WireType::Varint, "type", error))
                return false;
            if (f->varint == 1)
                uri.type = OtpType::Hotp;
            else if (f->varint == 0 || f->varint == 2)
                uri.type = OtpType::Totp;
            else {
                unsupported = "unknown OTP type value " + std::to_string(f->varint);
                unsupportedCode = ErrorCode::UriUnknownType;
            }
            break;
        case 7:
            if (!expect(*f, WireType::Varint, "counter", error))
                return false;
            uri.counter = f->varint;
            break;
        default: break;  // newer fields (e.g. a unique id): not needed
        }
    }
    if (!reader.error().empty()) {
        error = "in account " + std::to_string(position) + ": " + reader.error();
        return false;
    }
    detail::splitLabel(uri.issuer, uri.account);
    const std::string label = entryLabel(uri.issuer, uri.account);
    if (!unsupported.empty()) {
        result.unsupported.push_back(
            UnsupportedEntry{position, label, unsupported, unsupportedCode});
        return true;
    }
    detail::addEntry(result, position, detail::finishEntry(std::move(uri)), label);
    return true;
}

}  // namespace

Result<GaMigrationPart> parseGaMigrationPayload(std::span<const std::uint8_t> payload)
{
    GaMigrationPart part;
    part.entries.format = ImportFormat::GoogleMigration;
    bool sawSize = false;
    detail::pb::Reader reader(payload);
    std::size_t position = 0;
    std::string error;
    while (auto f = reader.next()) {
        switch (f->number) {
        case 1:
            if (!expect(*f, WireType::Len, "otp_parameters", error))
                return bad(error);
            if (!parseParameters(f->bytes, ++position, part.entries, error))
                return bad(error);
            break;
        case 2:
            if (!expect(*f, WireType::Varint, "version", error))
                return bad(error);
            part.version = asInt32(f->varint);
            break;
        case 3:
            if (!expect(*f, WireType::Varint, "batch_size", error))
                return bad(error);
            part.batchSize = asInt32(f->varint);
            sawSize = true;
            break;
        case 4:
            if (!expect(*f, WireType::Varint, "batch_index", error))
                return bad(error);
            part.batchIndex = asInt32(f->varint);
            break;
        case 5:
            if (!expect(*f, WireType::Varint, "batch_id", error))
                return bad(error);
            part.batchId = asInt32(f->varint);
            break;
        default: break;
        }
    }
    if (!reader.error().empty())
        return bad(reader.error());
    if (!sawSize || part.batchSize == 0)
        part.batchSize = 1;
    if (part.batchSize < 0 || part.batchSize > kMaxBatchSize)
        return bad("batch_size must be 1 to " + std::to_string(kMaxBatchSize) + ", got " +
                   std::to_string(part.batchSize));
    if (part.batchIndex < 0 || part.batchIndex >= part.batchSize)
        return bad("batch_index " + std::to_string(part.batchIndex) + " is outside a batch of " +
                   std::to_string(part.batchSize));
    return part;
}

Result<GaMigrationPart> parseGaMigrationUri(std::string_view uri)
{
    if (uri.size() < kScheme.size() ||
        !otp::detail::equalsIgnoreCase(uri.substr(0, kScheme.size()), kScheme))
        return bad("not an otpauth-migration:// link");
    std::string_view rest = uri.substr(kScheme.size());
    const auto question = rest.find('?');
    if (question == std::string_view::npos)
        return bad("the link has no data parameter");
    if (!otp::detail::equalsIgnoreCase(rest.substr(0, question), "offline"))
        return bad("unknown link type (expected otpauth-migration://offline)");
    std::string_view query = rest.substr(question + 1);
    std::optional<std::string_view> data;
    while (!query.empty()) {
        const auto amp = query.find('&');
        const std::string_view piece = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        if (piece.starts_with("data=")) {
            if (data)
                return bad("the data parameter appears twice");
            data = piece.substr(5);
        }
    }
    if (!data || data->empty())
        return bad("the link has no data parameter");
    SecureString decoded;
    if (auto at = otp::detail::percentDecode(*data, otp::detail::PlusMeans::Plus, decoded))
        return bad("bad %-escape at character " + std::to_string(*at + 1) + " of the data");
    auto bytes = detail::base64Decode(decoded.view());
    if (!bytes)
        return bad("the data is not valid base64");
    return parseGaMigrationPayload(*bytes);
}

GaExport formatGaMigration(const std::vector<KeyUri>& tokens, std::int32_t batchId,
                           std::size_t perCode)
{
    GaExport out;
    if (perCode == 0)
        perCode = 10;
    std::vector<const KeyUri*> exportable;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const KeyUri& t = tokens[i];
        std::string reason;
        ErrorCode code = ErrorCode::OtpBadDigits;
        if (t.codeFormat == CodeFormat::Steam) {
            // The payload has no field for it: Google Authenticator would show 6 wrong digits.
            reason = "Google Authenticator exports cannot hold Steam tokens (no field for "
                     "Steam's codes)";
            code = ErrorCode::UriUnknownType;
        } else if (t.digits != 6 && t.digits != 8) {
            reason = "Google Authenticator codes have 6 or 8 digits; this token has " +
                     std::to_string(t.digits);
        } else if (t.type == OtpType::Totp && t.period != 30) {
            reason = "Google Authenticator exports have no period (always 30 s); this token uses " +
                     std::to_string(t.period) + " s";
            code = ErrorCode::OtpBadPeriod;
        }
        if (!reason.empty()) {
            out.skipped.push_back(
                UnsupportedEntry{i + 1, entryLabel(t.issuer, t.account), reason, code});
            continue;
        }
        exportable.push_back(&t);
    }
    const std::size_t batches = (exportable.size() + perCode - 1) / perCode;
    for (std::size_t b = 0; b < batches; ++b) {
        SecureBytes payload;
        detail::pb::Writer w(payload);
        for (std::size_t i = b * perCode; i < exportable.size() && i < (b + 1) * perCode; ++i) {
            const KeyUri& t = *exportable[i];
            SecureBytes message;
            detail::pb::Writer m(message);
            m.bytesField(1, t.secret);
            m.stringField(2, t.account);
            m.stringField(3, t.issuer);
            m.varintField(4, t.algorithm == Algorithm::Sha1     ? 1u
                             : t.algorithm == Algorithm::Sha256 ? 2u
                                                                : 3u);
            m.varintField(5, t.digits == 8 ? 2u : 1u);
            m.varintField(6, t.type == OtpType::Hotp ? 1u : 2u);
            if (t.type == OtpType::Hotp)
                m.varintField(7, t.counter);
            w.bytesField(1, message);
        }
        w.varintField(2, 1);
        w.varintField(3, batches);
        w.varintField(4, b);
        w.varintField(5, static_cast<std::uint64_t>(static_cast<std::int64_t>(batchId)));
        const SecureString base64 = detail::base64Encode(payload);
        SecureString uri("otpauth-migration://offline?data=");
        otp::detail::percentEncode(base64.view(), uri);
        out.uris.push_back(std::move(uri));
    }
    return out;
}

// --- batch collector ---

Result<GaBatchCollector::Progress> GaBatchCollector::add(std::string_view uri)
{
    auto part = parseGaMigrationUri(uri);
    if (!part)
        return part.error();
    const auto size = static_cast<std::size_t>(part->batchSize);
    if (!m_parts.empty() && (part->batchId != m_batchId || size != m_parts.size()))
        return Error{ErrorCode::ImportBatchMismatch,
                     "this QR code belongs to another Google Authenticator export (batch of " +
                         std::to_string(size) + ") than the " + std::to_string(progress().scanned) +
                         " already scanned (batch of " + std::to_string(m_parts.size()) + ")"};
    if (m_parts.empty()) {
        m_parts.resize(size);
        m_batchId = part->batchId;
    }
    auto& slot = m_parts[static_cast<std::size_t>(part->batchIndex)];
    const bool wasNew = !slot.has_value();
    if (wasNew)
        slot = std::move(part).value();
    Progress p = progress();
    p.wasNew = wasNew;
    return p;
}

GaBatchCollector::Progress GaBatchCollector::progress() const
{
    Progress p;
    p.total = m_parts.size();
    for (const auto& part : m_parts)
        p.scanned += part.has_value() ? 1u : 0u;
    p.complete = p.total > 0 && p.scanned == p.total;
    return p;
}

std::vector<std::size_t> GaBatchCollector::missing() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        if (!m_parts[i])
            out.push_back(i);
    }
    return out;
}

ImportResult GaBatchCollector::result() const
{
    ImportResult out;
    out.format = ImportFormat::GoogleMigration;
    std::size_t offset = 0;
    for (const auto& part : m_parts) {
        if (!part)
            continue;
        for (const KeyUri& t : part->entries.tokens)
            out.tokens.push_back(t);
        for (UnsupportedEntry u : part->entries.unsupported) {
            u.position += offset;
            out.unsupported.push_back(std::move(u));
        }
        offset += part->entries.tokens.size() + part->entries.unsupported.size();
    }
    return out;
}

void GaBatchCollector::reset()
{
    m_parts.clear();
    m_batchId = 0;
}

}  // namespace otp::interop
