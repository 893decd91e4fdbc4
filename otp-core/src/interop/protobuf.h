#pragma once

// Internal: the protocol buffers wire format (https://protobuf.dev/programming-guides/encoding/),
// just enough to read and write Google Authenticator's MigrationPayload. Written here rather than
// generated: the message is tiny, and a hand-written reader is easy to bound and fuzz.

#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "otp/secure_bytes.h"

namespace otp::interop::detail::pb {

enum class WireType : std::uint8_t { Varint = 0, Fixed64 = 1, Len = 2, Fixed32 = 5 };

struct Field {
    std::uint32_t number = 0;
    WireType type = WireType::Varint;
    std::uint64_t varint = 0;             // Varint, Fixed64, Fixed32
    std::span<const std::uint8_t> bytes;  // Len
};

// Reads fields one after another. next() returns nullopt at the end or on malformed input;
// then error() says which (empty at a clean end).
class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> in) : m_in(in) {}
    std::optional<Field> next();
    const std::string& error() const { return m_error; }

private:
    std::optional<std::uint64_t> varint();
    std::span<const std::uint8_t> m_in;
    std::size_t m_pos = 0;
    std::string m_error;
};

// Appends to a zeroizing buffer: the payload carries secrets.
class Writer {
public:
    explicit Writer(SecureBytes& out) : m_out(out) {}
    void varintField(std::uint32_t number, std::uint64_t value);
    void bytesField(std::uint32_t number, std::span<const std::uint8_t> value);
    void stringField(std::uint32_t number, std::string_view value);

private:
    void varint(std::uint64_t v);
    SecureBytes& m_out;
};

}  // namespace otp::interop::detail::pb
