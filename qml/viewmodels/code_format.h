#pragma once

#include <QString>

// How codes and serials are shown and spoken.
namespace codeformat {

// Digits grouped for reading aloud and retyping: 6 -> "123 456", 7 -> "123 4567",
// 8 -> "1234 5678", 9 -> "123 456 789", 10 -> "123 456 7890". Other lengths unchanged.
QString grouped(const QString& code);

// The accessible name of a code or serial: one character at a time, "1 2 3 4 5 6", so screen
// readers read digits instead of "one hundred twenty-three thousand...". Spaces are dropped.
QString spoken(const QString& text);

}  // namespace codeformat
