#include "code_format.h"

#include <QStringList>

namespace codeformat {

QString grouped(const QString& code)
{
    QList<int> groups;
    switch (code.size()) {
    case 6: groups = {3, 3}; break;
    case 7: groups = {3, 4}; break;
    case 8: groups = {4, 4}; break;
    case 9: groups = {3, 3, 3}; break;
    case 10: groups = {3, 3, 4}; break;
    default: return code;
    }
    QStringList parts;
    qsizetype at = 0;
    for (int size : groups) {
        parts << code.mid(at, size);
        at += size;
    }
    return parts.join(QLatin1Char(' '));
}

QString spoken(const QString& text)
{
    QStringList chars;
    for (QChar c : text) {
        if (!c.isSpace())
            chars << QString(c);
    }
    return chars.join(QLatin1Char(' '));
}

}  // namespace codeformat
