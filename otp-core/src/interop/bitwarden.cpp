#include "otp/interop/bitwarden.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "entry.h"
#include "json_fields.h"
#include "otp/base32.h"
#include "otp/interop/json.h"
#include "percent_encoding.h"

namespace otp::interop {

namespace {

using json::Value;

Error structure(std::string message)
{
    return Error{ErrorCode::ImportBadStructure, "Bitwarden export: " + std::move(message)};
}

// One item's token. The password manager stores a bare secret and names the login with the
// item's name (the issuer) and username (the account); the Authenticator stores a URI.
Result<KeyUri> itemToken(std::string_view name, std::string_view username, std::string_view totp,
                         std::string& label)
{
    label = entryLabel(name, username);
    const std::string_view value = otp::detail::trim(totp, " \t\r\n");
    if (value.find("://") != std::string_view::npos) {
        auto token = detail::tokenFromUri(value, username.empty() ? name : username);
        if (!token)
            return token;
        if (token->issuer.empty() && !name.empty() && name != token->account) {
            token->issuer = std::string(name);
            token = detail::finishEntry(std::move(token).value());
        }
        if (token)
            label = entryLabel(token->issuer, token->account);
        return token;
    }
    KeyUri uri;
    uri.issuer = std::string(name);
    uri.account = std::string(username);
    std::string compact;
    for (const char c : value) {
        if (c != ' ')
            compact.push_back(c);
    }
    auto secret = base32Decode(compact);
    std::fill(compact.begin(), compact.end(), '\0');  // a copy of the secret
    if (!secret)
        return Error{secret.error().code, "login.totp: " + secret.error().message};
    uri.secret = std::move(secret).value();
    return detail::finishEntry(std::move(uri));
}

// RFC 4180 fields of one record; `text` moves past it. `line` counts the lines consumed.
Result<std::vector<std::string>> readRecord(std::string_view& text, std::size_t& line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                fields.back().push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                fields.back().push_back(c);
            }
            continue;
        }
        if (c == '"' && fields.back().empty())
            quoted = true;
        else if (c == ',')
            fields.emplace_back();
        else if (c == '\n')
            break;
        else if (c != '\r')
            fields.back().push_back(c);
    }
    if (quoted)
        return structure("line " + std::to_string(line) + ": a quoted field does not end");
    text = i < text.size() ? text.substr(i + 1) : std::string_view{};
    ++line;
    return fields;
}

// CSV fields are plain strings (the reader builds them a character at a time); the one that
// holds the secret is overwritten once the record is read.
struct WipedRecord {
    std::vector<std::string> fields;
    ~WipedRecord()
    {
        for (std::string& f : fields)
            std::fill(f.begin(), f.end(), '\0');
    }
};

std::optional<std::size_t> column(const std::vector<std::string>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (otp::detail::trim(header[i], " ") == name)
            return i;
    }
    return std::nullopt;
}

std::string_view firstLine(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text.substr(0, text.find('\n'));
}

}  // namespace

Result<ImportResult> parseBitwardenJson(std::string_view text)
{
    auto root = json::parse(text);
    if (!root)
        return root.error();
    if (!root->isObject())
        return structure("the top level must be an object");
    const Value* encrypted = root->find("encrypted");
    if (encrypted != nullptr && encrypted->isBool() && encrypted->boolean())
        return Error{ErrorCode::ImportUnsupportedFile,
                     "this Bitwarden export is password-protected; export it again as plain "
                     "JSON or CSV"};
    const Value* items = root->find("items");
    if (items == nullptr || !items->isArray())
        return structure("needs an \"items\" array");
    ImportResult result;
    result.format = ImportFormat::BitwardenJson;
    std::size_t position = 0;
    for (const Value& item : items->items()) {
        ++position;
        if (!item.isObject()) {
            detail::addEntry(result, position,
                             Error{ErrorCode::ImportBadStructure, "the item is not an object"}, {});
            continue;
        }
        detail::FieldReader fields(item);
        const std::string name = fields.string("name");
        const Value* login = fields.object("login");
        if (!fields.ok()) {
            detail::addEntry(result, position, Error{ErrorCode::ImportBadStructure, fields.error()},
                             name);
            continue;
        }
        if (login == nullptr)
            continue;  // a note, a card, an identity: not a token
        detail::FieldReader l(*login);
        const std::string totp = l.string("totp");
        const std::string username = l.string("username");
        if (!l.ok()) {
            detail::addEntry(result, position,
                             Error{ErrorCode::ImportBadStructure, "login: " + l.error()}, name);
            continue;
        }
        if (totp.empty())
            continue;  // a login without a one-time code
        std::string label;
        auto token = itemToken(name, username, totp, label);
        detail::addEntry(result, position, std::move(token), label);
    }
    return result;
}

bool looksLikeBitwardenCsv(std::string_view text)
{
    const std::string_view line = firstLine(text);
    return line.find("login_totp") != std::string_view::npos &&
           line.find(',') != std::string_view::npos;
}

Result<ImportResult> parseBitwardenCsv(std::string_view text)
{
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t line = 1;
    auto header = readRecord(text, line);
    if (!header)
        return header.error();
    const auto totpColumn = column(*header, "login_totp");
    if (!totpColumn)
        return structure("the CSV header has no login_totp column");
    const auto nameColumn = column(*header, "name");
    const auto userColumn = column(*header, "login_username");
    ImportResult result;
    result.format = ImportFormat::BitwardenCsv;
    while (!text.empty() && !detail::overEntryLimit(result)) {
        const std::size_t recordLine = line;
        auto read = readRecord(text, line);
        if (!read)
            return read.error();
        const WipedRecord record{std::move(read).value()};
        const auto field = [&](std::optional<std::size_t> c) -> std::string_view {
            return c && *c < record.fields.size() ? std::string_view(record.fields[*c])
                                                  : std::string_view{};
        };
        const std::string_view totp = field(totpColumn);
        if (record.fields.size() == 1 && record.fields.front().empty())
            continue;  // a blank line
        std::string label;
        if (otp::detail::trim(totp, " \t").empty())
            continue;  // a login without a one-time code
        auto token = itemToken(field(nameColumn), field(userColumn), totp, label);
        detail::addEntry(result, recordLine, std::move(token), label);
    }
    return result;
}

}  // namespace otp::interop
