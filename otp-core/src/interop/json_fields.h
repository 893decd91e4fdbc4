#pragma once

// Internal: reading the fields of an import file's JSON with messages that name the field.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "otp/algorithm.h"
#include "otp/interop/json.h"
#include "otp/result.h"

namespace otp::interop::detail {

// Why a field could not be read, e.g. "\"digits\" must be an integer". Empty while all is well.
class FieldReader {
public:
    explicit FieldReader(const json::Value& object) : m_object(object) {}

    bool present(std::string_view key) const
    {
        const json::Value* v = m_object.find(key);
        return v != nullptr && !v->isNull();
    }
    // Missing or null: `fallback`. Another type: records an error.
    std::string string(std::string_view key, std::string_view fallback = {});
    std::int64_t integer(std::string_view key, std::int64_t fallback);
    const json::Value* object(std::string_view key);  // nullptr if missing, null or not an object
    const json::Value* array(std::string_view key);   // nullptr if missing, null or not an array
    // A required string; records "has no "key"" when missing.
    const json::Value* requiredString(std::string_view key);

    const std::string& error() const { return m_error; }
    bool ok() const { return m_error.empty(); }

private:
    void fail(std::string message)
    {
        if (m_error.empty())
            m_error = std::move(message);
    }
    const json::Value& m_object;
    std::string m_error;
};

// Parses an algorithm name as the JSON formats spell it ("SHA1", "sha256", "SHA-512").
// Error UriUnknownAlgorithm for anything else (MD5 included), naming it.
Result<Algorithm> algorithmFromName(std::string_view name);

}  // namespace otp::interop::detail
