#include "json_fields.h"

#include "otp/algorithm.h"

namespace otp::interop::detail {

std::string FieldReader::string(std::string_view key, std::string_view fallback)
{
    const json::Value* v = m_object.find(key);
    if (v == nullptr || v->isNull())
        return std::string(fallback);
    if (!v->isString()) {
        fail("\"" + std::string(key) + "\" must be a string");
        return std::string(fallback);
    }
    return std::string(v->text());
}

std::int64_t FieldReader::integer(std::string_view key, std::int64_t fallback)
{
    const json::Value* v = m_object.find(key);
    if (v == nullptr || v->isNull())
        return fallback;
    // Some apps write numbers as strings ("6").
    if (v->isString()) {
        const auto n = json::Value::makeNumber(v->text()).integer();
        if (n && !v->text().empty() &&
            v->text().find_first_not_of("0123456789") == std::string_view::npos)
            return *n;
    }
    if (auto n = v->integer())
        return *n;
    fail("\"" + std::string(key) + "\" must be an integer");
    return fallback;
}

const json::Value* FieldReader::object(std::string_view key)
{
    const json::Value* v = m_object.find(key);
    if (v == nullptr || v->isNull())
        return nullptr;
    if (!v->isObject()) {
        fail("\"" + std::string(key) + "\" must be an object");
        return nullptr;
    }
    return v;
}

const json::Value* FieldReader::array(std::string_view key)
{
    const json::Value* v = m_object.find(key);
    if (v == nullptr || v->isNull())
        return nullptr;
    if (!v->isArray()) {
        fail("\"" + std::string(key) + "\" must be an array");
        return nullptr;
    }
    return v;
}

const json::Value* FieldReader::requiredString(std::string_view key)
{
    const json::Value* v = m_object.find(key);
    if (v == nullptr || v->isNull()) {
        fail("has no \"" + std::string(key) + "\"");
        return nullptr;
    }
    if (!v->isString()) {
        fail("\"" + std::string(key) + "\" must be a string");
        return nullptr;
    }
    return v;
}

Result<Algorithm> algorithmFromName(std::string_view name)
{
    if (auto algorithm = parseAlgorithm(name))
        return *algorithm;
    return Error{ErrorCode::UriUnknownAlgorithm,
                 "the " + std::string(name.substr(0, 20)) + " algorithm is not supported"};
}

}  // namespace otp::interop::detail
