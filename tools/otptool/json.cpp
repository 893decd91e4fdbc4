#include "json.h"

#include <array>

namespace otptool {

JsonObjectWriter::JsonObjectWriter(std::ostream& out) : m_out(out)
{
    m_out << '{';
}

JsonObjectWriter::~JsonObjectWriter()
{
    m_out << "}\n";
}

void JsonObjectWriter::field(std::string_view name, std::string_view value)
{
    key(name);
    string(value);
}

void JsonObjectWriter::field(std::string_view name, std::int64_t value)
{
    key(name);
    m_out << value;
}

void JsonObjectWriter::field(std::string_view name, std::uint64_t value)
{
    key(name);
    m_out << value;
}

void JsonObjectWriter::nullField(std::string_view name)
{
    key(name);
    m_out << "null";
}

void JsonObjectWriter::beginObject(std::string_view name)
{
    key(name);
    m_out << '{';
    m_first = true;
}

void JsonObjectWriter::endObject()
{
    m_out << '}';
    m_first = false;
}

void JsonObjectWriter::key(std::string_view name)
{
    if (!m_first)
        m_out << ',';
    m_first = false;
    string(name);
    m_out << ':';
}

// RFC 8259 §7: escape quote, backslash and control characters; UTF-8 passes through. DEL and
// the C1 controls (UTF-8 C2 80 to C2 9F) are escaped too, as a terminal obeys U+009B as CSI.
void JsonObjectWriter::string(std::string_view value)
{
    static constexpr std::array<char, 16> kHex = {'0', '1', '2', '3', '4', '5', '6', '7',
                                                  '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'};
    m_out << '"';
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        const auto byte = static_cast<unsigned char>(c);
        const auto next = i + 1 < value.size() ? static_cast<unsigned char>(value[i + 1]) : 0;
        if (byte == 0xC2 && next >= 0x80 && next <= 0x9F) {
            m_out << "\\u00" << kHex[next >> 4] << kHex[next & 0xF];
            ++i;
            continue;
        }
        switch (c) {
        case '"': m_out << "\\\""; break;
        case '\\': m_out << "\\\\"; break;
        case '\n': m_out << "\\n"; break;
        case '\r': m_out << "\\r"; break;
        case '\t': m_out << "\\t"; break;
        default:
            if (byte < 0x20 || byte == 0x7F)
                m_out << "\\u00" << kHex[byte >> 4] << kHex[byte & 0xF];
            else
                m_out << c;
        }
    }
    m_out << '"';
}

}  // namespace otptool
