#pragma once

#include <QString>
#include <QValidator>
#include <QtQml/qqmlregistration.h>

// Validates a base32 secret key while it is typed (RFC 4648 alphabet, as otp::base32Decode
// reads it: any case, spaces, hyphens and '=' padding allowed).
// - Invalid: a character that can never be part of a key (so typing "1" or "8" is refused);
// - Intermediate: only allowed characters, but not (yet) a complete key;
// - Acceptable: decodes to at least `minimumBytes` bytes.
// `problem()` says in a translated sentence why a text is not acceptable (for pasted text).
class Base32Validator : public QValidator {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int minimumBytes READ minimumBytes WRITE setMinimumBytes NOTIFY minimumBytesChanged)

public:
    explicit Base32Validator(QObject* parent = nullptr);

    State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

    // "" when `text` is acceptable; otherwise what is wrong, naming a bad character and its
    // position.
    Q_INVOKABLE QString problem(const QString& text) const;

    int minimumBytes() const { return m_minimumBytes; }
    void setMinimumBytes(int bytes);

Q_SIGNALS:
    void minimumBytesChanged();

private:
    int m_minimumBytes = 10;  // 80 bits: RFC 4226 asks for 128, but old tokens use 80
};
