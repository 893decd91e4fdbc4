#include "vault/byte_io.h"

namespace otp::vault::detail {

void Writer::be(std::uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; --i)
        m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void Writer::text(std::string_view s)
{
    bytes({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
}

void Writer::tlv(std::uint16_t tag, std::span<const std::uint8_t> value)
{
    u16(tag);
    u32(static_cast<std::uint32_t>(value.size()));
    bytes(value);
}

void Writer::tlvText(std::uint16_t tag, std::string_view value)
{
    tlv(tag, {reinterpret_cast<const std::uint8_t*>(value.data()), value.size()});
}

void Writer::tlvU8(std::uint16_t tag, std::uint8_t v)
{
    u16(tag);
    u32(1);
    u8(v);
}

void Writer::tlvU32(std::uint16_t tag, std::uint32_t v)
{
    u16(tag);
    u32(4);
    u32(v);
}

void Writer::tlvU64(std::uint16_t tag, std::uint64_t v)
{
    u16(tag);
    u32(8);
    u64(v);
}

std::optional<std::uint64_t> Reader::be(std::size_t n)
{
    if (remaining() < n)
        return std::nullopt;
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i)
        v = (v << 8) | m_in[m_pos + i];
    m_pos += n;
    return v;
}

std::optional<std::uint8_t> Reader::u8()
{
    auto v = be(1);
    return v ? std::optional<std::uint8_t>(static_cast<std::uint8_t>(*v)) : std::nullopt;
}

std::optional<std::uint16_t> Reader::u16()
{
    auto v = be(2);
    return v ? std::optional<std::uint16_t>(static_cast<std::uint16_t>(*v)) : std::nullopt;
}

std::optional<std::uint32_t> Reader::u32()
{
    auto v = be(4);
    return v ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*v)) : std::nullopt;
}

std::optional<std::uint64_t> Reader::u64()
{
    return be(8);
}

std::optional<std::span<const std::uint8_t>> Reader::bytes(std::size_t n)
{
    if (remaining() < n)
        return std::nullopt;
    auto out = m_in.subspan(m_pos, n);
    m_pos += n;
    return out;
}

std::optional<TlvItem> readTlv(Reader& reader)
{
    auto tag = reader.u16();
    auto length = reader.u32();
    if (!tag || !length)
        return std::nullopt;
    auto value = reader.bytes(*length);
    if (!value)
        return std::nullopt;
    return TlvItem{*tag, *value};
}

std::optional<std::uint64_t> fixedUint(std::span<const std::uint8_t> value, std::size_t width)
{
    if (value.size() != width)
        return std::nullopt;
    Reader r(value);
    switch (width) {
    case 1: return r.u8();
    case 2: return r.u16();
    case 4: return r.u32();
    case 8: return r.u64();
    default: return std::nullopt;
    }
}

}  // namespace otp::vault::detail
