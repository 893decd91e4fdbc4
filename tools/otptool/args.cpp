#include "args.h"

#include <algorithm>

#include "output.h"

namespace otptool {

std::variant<Args, std::string> Args::parse(std::span<const std::string> argv,
                                            std::span<const OptionSpec> options)
{
    Args args;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& word = argv[i];
        if (optionsEnded || word.size() < 3 || !word.starts_with("--")) {
            if (word == "--") {
                optionsEnded = true;
                continue;
            }
            args.m_positional.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        std::optional<std::string> inlineValue;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        if (name == "help") {
            args.m_options["help"] = {};
            continue;
        }
        auto spec = std::find_if(options.begin(), options.end(),
                                 [&](const OptionSpec& o) { return o.name == name; });
        if (spec == options.end())
            return "unknown option --" + name;
        if (args.m_options.count(name) > 0)
            return "option --" + name + " given twice";
        if (!spec->takesValue) {
            if (inlineValue)
                return "option --" + name + " takes no value";
            args.m_options[name] = {};
        } else if (inlineValue) {
            args.m_options[name] = *inlineValue;
        } else if (i + 1 < argv.size()) {
            args.m_options[name] = argv[++i];
        } else {
            return "option --" + name + " needs a value";
        }
    }
    return args;
}

std::optional<std::string> Args::value(std::string_view name) const
{
    auto it = m_options.find(std::string(name));
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::variant<Args, int> parseCommand(std::span<const std::string> argv,
                                     std::span<const OptionSpec> options, std::string_view usage)
{
    auto parsed = Args::parse(argv, options);
    if (auto* error = std::get_if<std::string>(&parsed))
        return fail(*error);
    if (std::get<Args>(parsed).has("help"))
        return printUsage(usage);
    return std::get<Args>(std::move(parsed));
}

}  // namespace otptool
