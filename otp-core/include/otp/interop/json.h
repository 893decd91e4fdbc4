#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "otp/result.h"
#include "otp/secure_bytes.h"

// A small JSON (RFC 8259) reader and writer for the import/export formats. Why our own and not a
// library: every string and number of a backup may be a secret, so the whole tree keeps its text
// in zeroizing buffers, which no common JSON library offers. docs/interop.md "JSON".
namespace otp::interop::json {

class Value;
using Member = std::pair<std::string, Value>;  // keys are never secret

class Value {
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Value() = default;

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isObject() const { return m_kind == Kind::Object; }
    bool isBool() const { return m_kind == Kind::Bool; }

    bool boolean() const { return m_bool; }
    // String: the decoded UTF-8 text. Number: the number exactly as written.
    std::string_view text() const { return m_text.view(); }
    // Number: the value if it is an integer (no fraction or exponent) in range; else nullopt.
    std::optional<std::int64_t> integer() const;
    const std::vector<Value>& items() const { return m_items; }
    const std::vector<Member>& members() const { return m_members; }

    // Object: the member named `key`, or nullptr (also for non-objects).
    const Value* find(std::string_view key) const;

    static Value makeNull() { return {}; }
    static Value makeBool(bool b);
    static Value makeNumber(std::string_view literal);  // must be a valid JSON number
    static Value makeString(std::string_view utf8);
    static Value makeArray(std::vector<Value> items);
    static Value makeObject(std::vector<Member> members);

private:
    Kind m_kind = Kind::Null;
    bool m_bool = false;
    SecureString m_text;
    std::vector<Value> m_items;
    std::vector<Member> m_members;
};

// Limits that keep hostile input cheap: nesting depth 64 and at most kMaxJsonNodes values
// (otp/interop/import_limits.h; error ImportTooLarge).
inline constexpr int kMaxDepth = 64;

// Parses one JSON text (whitespace around it allowed). Strict: no comments, trailing commas,
// single quotes, NaN, leading zeros, unescaped control characters, invalid UTF-8, lone
// surrogates or duplicate keys in one object. Error ImportBadJson, whose message gives the
// 1-based line and column and what was expected ("line 3, column 7: expected ':' after key").
// Never quotes string contents (they may be secrets).
Result<Value> parse(std::string_view text);

// Compact serialisation (no spaces), members in their order, strings escaped minimally
// ('"', '\\' and control characters; non-ASCII UTF-8 is written as is). Secret: a SecureString.
SecureString serialize(const Value& value);

// Appends `text` as a JSON string literal (with quotes) to `out`.
void appendString(SecureString& out, std::string_view text);

}  // namespace otp::interop::json
