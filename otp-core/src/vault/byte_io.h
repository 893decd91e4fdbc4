#pragma once

// Big-endian writer/reader and TLV items shared by the vault file and payload codecs.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "otp/secure_bytes.h"

namespace otp::vault::detail {

// Appends to a zeroizing buffer (the payload is secret; the header is not, but one type is
// simpler).
class Writer {
public:
    explicit Writer(SecureBytes& out) : m_out(out) {}

    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u16(std::uint16_t v) { be(v, 2); }
    void u32(std::uint32_t v) { be(v, 4); }
    void u64(std::uint64_t v) { be(v, 8); }
    void bytes(std::span<const std::uint8_t> b) { m_out.insert(m_out.end(), b.begin(), b.end()); }
    void text(std::string_view s);

    // One TLV item: tag (2) ‖ length (4) ‖ value.
    void tlv(std::uint16_t tag, std::span<const std::uint8_t> value);
    void tlvText(std::uint16_t tag, std::string_view value);
    void tlvU8(std::uint16_t tag, std::uint8_t v);
    void tlvU32(std::uint16_t tag, std::uint32_t v);
    void tlvU64(std::uint16_t tag, std::uint64_t v);

    std::size_t size() const { return m_out.size(); }

private:
    void be(std::uint64_t v, int n);
    SecureBytes& m_out;
};

// Reads from a span; every read checks the remaining length and returns nullopt past the end.
class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}

    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16();
    std::optional<std::uint32_t> u32();
    std::optional<std::uint64_t> u64();
    std::optional<std::span<const std::uint8_t>> bytes(std::size_t n);

    std::size_t remaining() const { return m_in.size() - m_pos; }
    std::size_t position() const { return m_pos; }
    bool atEnd() const { return m_pos == m_in.size(); }

private:
    std::optional<std::uint64_t> be(std::size_t n);
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
};

struct TlvItem {
    std::uint16_t tag;
    std::span<const std::uint8_t> value;
};

// Reads one TLV item, or nullopt if the header or the value runs past the end.
std::optional<TlvItem> readTlv(Reader& reader);

// Decodes a fixed-width big-endian integer value; nullopt if the width is wrong.
std::optional<std::uint64_t> fixedUint(std::span<const std::uint8_t> value, std::size_t width);

inline std::string_view asText(std::span<const std::uint8_t> v)
{
    return {reinterpret_cast<const char*>(v.data()), v.size()};
}

}  // namespace otp::vault::detail
