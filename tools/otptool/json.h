#pragma once

#include <cstdint>
#include <ostream>
#include <string_view>

namespace otptool {

// Writes one flat JSON object straight to a stream, so secret values never pass through an
// intermediate std::string.
class JsonObjectWriter {
public:
    explicit JsonObjectWriter(std::ostream& out);
    ~JsonObjectWriter();  // closes the object and ends the line

    JsonObjectWriter(const JsonObjectWriter&) = delete;
    JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

    void field(std::string_view name, std::string_view value);
    void field(std::string_view name, std::int64_t value);
    void field(std::string_view name, std::uint64_t value);
    void nullField(std::string_view name);
    // Starts a nested object; fields go into it until endObject().
    void beginObject(std::string_view name);
    void endObject();

private:
    void key(std::string_view name);
    void string(std::string_view value);

    std::ostream& m_out;
    bool m_first = true;
};

}  // namespace otptool
