#include "protobuf.h"

namespace otp::interop::detail::pb {

std::optional<std::uint64_t> Reader::varint()
{
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_in.size()) {
            m_error = "truncated varint at byte " + std::to_string(m_pos);
            return std::nullopt;
        }
        const std::uint8_t b = m_in[m_pos++];
        // The tenth byte may only carry the top bit of a 64-bit value.
        if (shift == 63 && b > 1) {
            m_error = "varint longer than 64 bits at byte " + std::to_string(m_pos - 1);
            return std::nullopt;
        }
        value |= std::uint64_t{b & 0x7Fu} << shift;
        if ((b & 0x80u) == 0)
            return value;
    }
    m_error = "varint longer than 10 bytes at byte " + std::to_string(m_pos);
    return std::nullopt;
}

std::optional<Field> Reader::next()
{
    if (m_pos >= m_in.size())
        return std::nullopt;
    const std::size_t start = m_pos;
    auto key = varint();
    if (!key)
        return std::nullopt;
    Field f;
    const std::uint64_t number = *key >> 3;
    if (number == 0 || number > 0x1FFFFFFFu) {
        m_error = "invalid field number at byte " + std::to_string(start);
        return std::nullopt;
    }
    f.number = static_cast<std::uint32_t>(number);
    const auto wire = static_cast<std::uint8_t>(*key & 7u);
    switch (wire) {
    case 0: {
        auto v = varint();
        if (!v)
            return std::nullopt;
        f.type = WireType::Varint;
        f.varint = *v;
        return f;
    }
    case 1:
    case 5: {
        const std::size_t width = wire == 1 ? 8 : 4;
        if (m_in.size() - m_pos < width) {
            m_error = "truncated fixed-width field " + std::to_string(f.number);
            return std::nullopt;
        }
        f.type = wire == 1 ? WireType::Fixed64 : WireType::Fixed32;
        for (std::size_t i = 0; i < width; ++i)
            f.varint |= std::uint64_t{m_in[m_pos + i]} << (8 * i);
        m_pos += width;
        return f;
    }
    case 2: {
        auto length = varint();
        if (!length)
            return std::nullopt;
        if (*length > m_in.size() - m_pos) {
            m_error = "field " + std::to_string(f.number) + " claims " + std::to_string(*length) +
                      " bytes but only " + std::to_string(m_in.size() - m_pos) + " remain";
            return std::nullopt;
        }
        f.type = WireType::Len;
        f.bytes = m_in.subspan(m_pos, static_cast<std::size_t>(*length));
        m_pos += static_cast<std::size_t>(*length);
        return f;
    }
    default:
        m_error =
            "unsupported wire type " + std::to_string(wire) + " at byte " + std::to_string(start);
        return std::nullopt;
    }
}

void Writer::varint(std::uint64_t v)
{
    while (v >= 0x80) {
        m_out.push_back(static_cast<std::uint8_t>((v & 0x7Fu) | 0x80u));
        v >>= 7;
    }
    m_out.push_back(static_cast<std::uint8_t>(v));
}

void Writer::varintField(std::uint32_t number, std::uint64_t value)
{
    varint(std::uint64_t{number} << 3);
    varint(value);
}

void Writer::bytesField(std::uint32_t number, std::span<const std::uint8_t> value)
{
    varint((std::uint64_t{number} << 3) | 2u);
    varint(value.size());
    m_out.insert(m_out.end(), value.begin(), value.end());
}

void Writer::stringField(std::uint32_t number, std::string_view value)
{
    bytesField(number, {reinterpret_cast<const std::uint8_t*>(value.data()), value.size()});
}

}  // namespace otp::interop::detail::pb
