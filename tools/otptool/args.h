#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace otptool {

struct OptionSpec {
    std::string_view name;  // without the leading "--"
    bool takesValue = false;
};

// Command-line arguments of one otptool command: positionals plus "--name value" /
// "--name=value" options. "--help" is always known; "--" ends the options.
class Args {
public:
    // Returns the parsed arguments or an English error ("unknown option --foo").
    static std::variant<Args, std::string> parse(std::span<const std::string> argv,
                                                 std::span<const OptionSpec> options);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool has(std::string_view name) const { return m_options.count(std::string(name)) > 0; }
    std::optional<std::string> value(std::string_view name) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_options;
};

// The common start of every command: parses `argv`; on a parse error prints it (exit 2), on
// --help prints `usage` (exit 0). Returns the arguments, or the exit code to return.
std::variant<Args, int> parseCommand(std::span<const std::string> argv,
                                     std::span<const OptionSpec> options, std::string_view usage);

}  // namespace otptool
