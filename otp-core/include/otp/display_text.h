#pragma once

// Which text SoftToken accepts in a token's issuer and account name, and how any other text is
// made safe to print. One rule for every way in (a scanned Key URI, each importer, otptool), so
// a name that passes one passes all (docs/threat-model.md, "Names").

#include <string>
#include <string_view>

namespace otp {

// Strict UTF-8 (RFC 3629) without characters that control how text is shown rather than being
// shown: C0 controls and DEL (U+0000-U+001F, U+007F), C1 controls (U+0080-U+009F: a terminal
// reads U+009B as CSI), the bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069: they reorder what follows, "moc.knab" shown as "bank.com") and
// the line and paragraph separators U+2028/U+2029. Such a name is refused, never cleaned up:
// the user then sees the problem instead of a name that differs from what the issuer sent.
// Zero-width joiners (U+200C/U+200D, needed by emoji and several scripts) are allowed.
bool isDisplayText(std::string_view text);

// `text` with every character isDisplayText refuses written as an escape: C0 controls and DEL
// as \xNN, other refused code points as \u{XXXX}, and each byte of invalid UTF-8 as \xNN.
// Everything else, including non-ASCII letters, is kept. For terminals and logs, where a raw
// ESC or CSI would be obeyed.
std::string escapeControls(std::string_view text);

}  // namespace otp
