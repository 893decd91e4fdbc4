#pragma once

#include <QString>

#include "outcome.h"

namespace bank {

enum class Lang { Ja, En };

// The pages' wording in one language. The registration page follows the bank's guide word for
// word (シリアル番号, ワンタイムパスワード, ご契約先確認暗証番号, 利用形態, 現在のトークン情報).
struct PageText {
    QString langCode;  // "ja", "en"
    QString otherLangCode;
    QString otherLangName;
    QString bankName;
    QString testToolNotice;
    QString navIssue;
    QString navRegister;
    QString navLogin;
    QString home;

    QString issueTitle;
    QString issueIntro;
    QString user;
    QString type;
    QString totp;
    QString hotp;
    QString digits;
    QString algorithm;
    QString issueButton;
    QString issuedHeading;
    QString issuedHint;
    QString uriLabel;
    QString toRegistration;

    QString registerTitle;
    QString registerIntro;
    QString noUsers;
    QString usageMode;
    QString modeIndividual;
    QString modeShared;
    QString changeMode;
    QString modeWarning;
    QString currentToken;
    QString notRegistered;
    QString serial;
    QString otp;
    QString pin;
    QString ok;
    QString lockedNotice;
    QString unlock;

    QString loginTitle;
    QString loginButton;
    QString loggedIn;     // %1: serial
    QString clockBehind;  // %1: seconds
    QString clockAhead;   // %1: seconds
    QString hotpAhead;    // %1: counters
    QString resyncTitle;
    QString resyncIntro;
    QString firstOtp;
    QString secondOtp;
    QString resyncButton;
    QString resynced;
};

const PageText& pageText(Lang lang);

// The bank's message for a refusal, e.g. "ワンタイムパスワードに誤りがあります。".
QString errorText(Lang lang, Error error, int maxFailures);

}  // namespace bank
