#include "otp/interop/json.h"

#include <charconv>
#include <string>
#include <unordered_set>

#include "otp/interop/import_limits.h"

namespace otp::interop::json {

std::optional<std::int64_t> Value::integer() const
{
    if (m_kind != Kind::Number)
        return std::nullopt;
    const std::string_view t = m_text.view();
    if (t.find_first_of(".eE") != std::string_view::npos)
        return std::nullopt;
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc{} || end != t.data() + t.size())
        return std::nullopt;
    return v;
}

const Value* Value::find(std::string_view key) const
{
    for (const Member& m : m_members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

Value Value::makeBool(bool b)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_bool = b;
    return v;
}

Value Value::makeNumber(std::string_view literal)
{
    Value v;
    v.m_kind = Kind::Number;
    v.m_text = SecureString(literal);
    return v;
}

Value Value::makeString(std::string_view utf8)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_text = SecureString(utf8);
    return v;
}

Value Value::makeArray(std::vector<Value> items)
{
    Value v;
    v.m_kind = Kind::Array;
    v.m_items = std::move(items);
    return v;
}

Value Value::makeObject(std::vector<Member> members)
{
    Value v;
    v.m_kind = Kind::Object;
    v.m_members = std::move(members);
    return v;
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    Result<Value> document()
    {
        skipSpace();
        Value v;
        if (!value(v, 0))
            return error();
        skipSpace();
        if (m_pos != m_text.size()) {
            fail("unexpected text after the JSON value");
            return error();
        }
        return v;
    }

private:
    bool fail(std::string what, ErrorCode code = ErrorCode::ImportBadJson)
    {
        if (m_error.empty()) {
            m_errorCode = code;
            m_error = std::move(what);
            m_errorPos = m_pos;
        }
        return false;
    }

    Error error() const
    {
        std::size_t line = 1;
        std::size_t column = 1;
        for (std::size_t i = 0; i < m_errorPos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error{m_errorCode, "JSON: line " + std::to_string(line) + ", column " +
                                      std::to_string(column) + ": " + m_error};
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return fail("expected a value");
        m_pos += word.size();
        return true;
    }

    bool value(Value& out, int depth)
    {
        // Every value costs a Value (about 90 bytes) plus its text: counting them bounds the
        // tree's memory whatever the input's shape (a file of "0,0,0..." is 2 bytes per value).
        if (++m_nodes > kMaxJsonNodes)
            return fail("more than " + std::to_string(kMaxJsonNodes) + " values",
                        ErrorCode::ImportTooLarge);
        if (atEnd())
            return fail("unexpected end of input, expected a value");
        switch (peek()) {
        case '{': return object(out, depth + 1);
        case '[': return array(out, depth + 1);
        case '"': {
            SecureString s;
            if (!string(s))
                return false;
            out = Value::makeString(s.view());
            return true;
        }
        case 't': out = Value::makeBool(true); return literal("true");
        case 'f': out = Value::makeBool(false); return literal("false");
        case 'n': out = Value::makeNull(); return literal("null");
        default: return number(out);
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number(Value& out)
    {
        const std::size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0') {
            ++m_pos;
            if (isDigit(peek()))
                return fail("numbers may not have leading zeros");
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                ++m_pos;
        } else {
            return fail("expected a value");
        }
        if (peek() == '.') {
            ++m_pos;
            if (!isDigit(peek()))
                return fail("expected a digit after '.'");
            while (isDigit(peek()))
                ++m_pos;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!isDigit(peek()))
                return fail("expected a digit in the exponent");
            while (isDigit(peek()))
                ++m_pos;
        }
        out = Value::makeNumber(m_text.substr(start, m_pos - start));
        return true;
    }

    std::optional<unsigned> hex4()
    {
        if (m_text.size() - m_pos < 4) {
            fail("truncated \\u escape");
            return std::nullopt;
        }
        unsigned v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<unsigned>(c - 'A' + 10);
            else {
                fail("bad hex digit in \\u escape");
                return std::nullopt;
            }
        }
        return v;
    }

    static void appendUtf8(SecureString& out, unsigned cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    bool escape(SecureString& out)
    {
        if (atEnd())
            return fail("unterminated string");
        const char c = m_text[m_pos++];
        switch (c) {
        case '"': out.push_back('"'); return true;
        case '\\': out.push_back('\\'); return true;
        case '/': out.push_back('/'); return true;
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': {
            auto cp = hex4();
            if (!cp)
                return false;
            if (*cp >= 0xDC00 && *cp <= 0xDFFF)
                return fail("lone low surrogate in \\u escape");
            if (*cp >= 0xD800 && *cp <= 0xDBFF) {
                if (m_text.substr(m_pos, 2) != "\\u")
                    return fail("high surrogate without a low surrogate");
                m_pos += 2;
                auto low = hex4();
                if (!low)
                    return false;
                if (*low < 0xDC00 || *low > 0xDFFF)
                    return fail("high surrogate without a low surrogate");
                *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            }
            appendUtf8(out, *cp);
            return true;
        }
        default: --m_pos; return fail("unknown escape sequence");
        }
    }

    // One UTF-8 sequence starting at m_pos (RFC 3629: no overlong forms, surrogates, > U+10FFFF).
    bool utf8(SecureString& out)
    {
        const auto b0 = static_cast<unsigned char>(m_text[m_pos]);
        std::size_t n = 0;
        unsigned cp = 0;
        unsigned min = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 1, cp = b0 & 0x1Fu, min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 2, cp = b0 & 0x0Fu, min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 3, cp = b0 & 0x07u, min = 0x10000;
        } else {
            return fail("invalid UTF-8 in a string");
        }
        if (m_text.size() - m_pos <= n)
            return fail("invalid UTF-8 in a string");
        for (std::size_t i = 1; i <= n; ++i) {
            const auto b = static_cast<unsigned char>(m_text[m_pos + i]);
            if ((b & 0xC0u) != 0x80u)
                return fail("invalid UTF-8 in a string");
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail("invalid UTF-8 in a string");
        out.append(m_text.substr(m_pos, n + 1));
        m_pos += n + 1;
        return true;
    }

    bool string(SecureString& out)
    {
        ++m_pos;  // '"'
        while (true) {
            if (atEnd())
                return fail("unterminated string");
            const char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                ++m_pos;
                if (!escape(out))
                    return false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return fail("unescaped control character in a string");
            } else if (static_cast<unsigned char>(c) < 0x80) {
                out.push_back(c);
                ++m_pos;
            } else if (!utf8(out)) {
                return false;
            }
        }
    }

    bool array(Value& out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
        ++m_pos;  // '['
        std::vector<Value> items;
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            out = Value::makeArray(std::move(items));
            return true;
        }
        while (true) {
            skipSpace();
            Value item;
            if (!value(item, depth))
                return false;
            items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                out = Value::makeArray(std::move(items));
                return true;
            }
            return fail(atEnd() ? "unexpected end of input in an array"
                                : "expected ',' or ']' in an array");
        }
    }

    bool object(Value& out, int depth)
    {
        if (depth > kMaxDepth)
            return fail("nested deeper than " + std::to_string(kMaxDepth) + " levels");
        ++m_pos;  // '{'
        std::vector<Member> members;
        std::unordered_set<std::string> seen;  // keys so far: linear, not quadratic, in members
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            out = Value::makeObject(std::move(members));
            return true;
        }
        while (true) {
            skipSpace();
            if (peek() != '"')
                return fail(atEnd() ? "unexpected end of input in an object"
                                    : "expected a string key in an object");
            SecureString key;
            const std::size_t keyPos = m_pos;
            if (!string(key))
                return false;
            std::string k(key.view());
            if (!seen.insert(k).second) {
                m_pos = keyPos;
                return fail("duplicate key \"" + (k.size() <= 40 ? k : k.substr(0, 40)) +
                            "\" in an object");
            }
            skipSpace();
            if (peek() != ':')
                return fail("expected ':' after a key");
            ++m_pos;
            skipSpace();
            Value v;
            if (!value(v, depth))
                return false;
            members.emplace_back(std::move(k), std::move(v));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                out = Value::makeObject(std::move(members));
                return true;
            }
            return fail(atEnd() ? "unexpected end of input in an object"
                                : "expected ',' or '}' in an object");
        }
    }

    std::string_view m_text;
    std::size_t m_nodes = 0;
    ErrorCode m_errorCode = ErrorCode::ImportBadJson;
    std::size_t m_pos = 0;
    std::string m_error;
    std::size_t m_errorPos = 0;
};

void serializeInto(SecureString& out, const Value& v)
{
    switch (v.kind()) {
    case Value::Kind::Null: out.append("null"); break;
    case Value::Kind::Bool: out.append(v.boolean() ? "true" : "false"); break;
    case Value::Kind::Number: out.append(v.text()); break;
    case Value::Kind::String: appendString(out, v.text()); break;
    case Value::Kind::Array: {
        out.push_back('[');
        bool first = true;
        for (const Value& item : v.items()) {
            if (!first)
                out.push_back(',');
            first = false;
            serializeInto(out, item);
        }
        out.push_back(']');
        break;
    }
    case Value::Kind::Object: {
        out.push_back('{');
        bool first = true;
        for (const Member& m : v.members()) {
            if (!first)
                out.push_back(',');
            first = false;
            appendString(out, m.first);
            out.push_back(':');
            serializeInto(out, m.second);
        }
        out.push_back('}');
        break;
    }
    }
}

}  // namespace

Result<Value> parse(std::string_view text)
{
    return Parser(text).document();
}

void appendString(SecureString& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\r') {
            out.append("\\r");
        } else if (b < 0x20) {
            out.append("\\u00");
            out.push_back(kHex[b >> 4]);
            out.push_back(kHex[b & 0x0F]);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

SecureString serialize(const Value& value)
{
    SecureString out;
    serializeInto(out, value);
    return out;
}

}  // namespace otp::interop::json
