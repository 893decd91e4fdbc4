#include "page_text.h"

namespace bank {
namespace {

PageText japanese()
{
    PageText t;
    t.langCode = QStringLiteral("ja");
    t.otherLangCode = QStringLiteral("en");
    t.otherLangName = QStringLiteral("English");
    t.bankName = QStringLiteral("SoftToken テスト銀行");
    t.testToolNotice =
        QStringLiteral("テスト用シミュレーターです。本物の銀行ではありません（127.0.0.1 のみ）。");
    t.navIssue = QStringLiteral("トークン発行");
    t.navRegister = QStringLiteral("トークン登録");
    t.navLogin = QStringLiteral("ログイン");
    t.home = QStringLiteral("メニュー");

    t.issueTitle = QStringLiteral("トークン発行");
    t.issueIntro =
        QStringLiteral("利用者のソフトウェアトークンを発行し、初期設定用のQRコードを表示します。");
    t.user = QStringLiteral("利用者");
    t.type = QStringLiteral("種類");
    t.totp = QStringLiteral("時間ベース（TOTP）");
    t.hotp = QStringLiteral("カウンターベース（HOTP）");
    t.digits = QStringLiteral("桁数");
    t.algorithm = QStringLiteral("アルゴリズム");
    t.issueButton = QStringLiteral("発行");
    t.issuedHeading = QStringLiteral("初期設定用QRコード");
    t.issuedHint = QStringLiteral(
        "アプリでこのQRコードを読み取ってください。QRコードはこの画面でのみ表示されます。");
    t.uriLabel = QStringLiteral("URI");
    t.toRegistration = QStringLiteral("トークン登録へ");

    t.registerTitle = QStringLiteral("トークン登録");
    t.registerIntro =
        QStringLiteral("利用者を選択し、アプリに表示されたシリアル番号とワンタイムパスワード、"
                       "ご契約先確認暗証番号を入力して「OK」を押してください。");
    t.noUsers = QStringLiteral("利用者がいません。先にトークンを発行してください。");
    t.usageMode = QStringLiteral("利用形態");
    t.modeIndividual = QStringLiteral("全ての利用者が異なるトークンを使用する");
    t.modeShared = QStringLiteral("同じトークンを使用する");
    t.changeMode = QStringLiteral("変更");
    t.modeWarning =
        QStringLiteral("利用形態を変更すると、登録済みのトークンは全て登録解除されます。");
    t.currentToken = QStringLiteral("現在のトークン情報（シリアル番号）");
    t.notRegistered = QStringLiteral("未登録");
    t.serial = QStringLiteral("シリアル番号");
    t.otp = QStringLiteral("ワンタイムパスワード");
    t.pin = QStringLiteral("ご契約先確認暗証番号");
    t.ok = QStringLiteral("OK");
    t.lockedNotice = QStringLiteral("この利用者はロックされています。");
    t.unlock = QStringLiteral("ロック解除");

    t.loginTitle = QStringLiteral("ワンタイムパスワードでログイン");
    t.loginButton = QStringLiteral("ログイン");
    t.loggedIn = QStringLiteral("ログインしました（トークン %1）。");
    t.clockBehind = QStringLiteral("トークンの時計が約%1秒遅れています。");
    t.clockAhead = QStringLiteral("トークンの時計が約%1秒進んでいます。");
    t.hotpAhead = QStringLiteral("トークンのカウンターが%1回分進んでいました。");
    t.resyncTitle = QStringLiteral("カウンターの同期（HOTP）");
    t.resyncIntro =
        QStringLiteral("連続して表示された2つのワンタイムパスワードを入力してください。");
    t.firstOtp = QStringLiteral("1つ目のワンタイムパスワード");
    t.secondOtp = QStringLiteral("2つ目のワンタイムパスワード");
    t.resyncButton = QStringLiteral("同期");
    t.resynced = QStringLiteral("同期しました。");
    return t;
}

PageText english()
{
    PageText t;
    t.langCode = QStringLiteral("en");
    t.otherLangCode = QStringLiteral("ja");
    t.otherLangName = QStringLiteral("日本語");
    t.bankName = QStringLiteral("SoftToken Test Bank");
    t.testToolNotice = QStringLiteral("A simulator for testing, not a real bank (127.0.0.1 only).");
    t.navIssue = QStringLiteral("Issue token");
    t.navRegister = QStringLiteral("Token registration");
    t.navLogin = QStringLiteral("Login");
    t.home = QStringLiteral("Menu");

    t.issueTitle = QStringLiteral("Issue a token");
    t.issueIntro =
        QStringLiteral("Issues a software token for a user and shows its provisioning QR code.");
    t.user = QStringLiteral("User");
    t.type = QStringLiteral("Type");
    t.totp = QStringLiteral("Time-based (TOTP)");
    t.hotp = QStringLiteral("Counter-based (HOTP)");
    t.digits = QStringLiteral("Digits");
    t.algorithm = QStringLiteral("Algorithm");
    t.issueButton = QStringLiteral("Issue");
    t.issuedHeading = QStringLiteral("Provisioning QR code");
    t.issuedHint = QStringLiteral("Scan this QR code with the app. It is shown on this page only.");
    t.uriLabel = QStringLiteral("URI");
    t.toRegistration = QStringLiteral("Go to token registration");

    t.registerTitle = QStringLiteral("Token registration");
    t.registerIntro = QStringLiteral(
        "Select the user, enter the serial number and the one-time password the app shows and "
        "the confirmation PIN, then press OK.");
    t.noUsers = QStringLiteral("There are no users yet. Issue a token first.");
    t.usageMode = QStringLiteral("Usage mode");
    t.modeIndividual = QStringLiteral("Every user uses a different token");
    t.modeShared = QStringLiteral("All users use the same token");
    t.changeMode = QStringLiteral("Change");
    t.modeWarning = QStringLiteral("Changing the usage mode unregisters every registered token.");
    t.currentToken = QStringLiteral("Current token (serial number)");
    t.notRegistered = QStringLiteral("Not registered");
    t.serial = QStringLiteral("Serial number");
    t.otp = QStringLiteral("One-time password");
    t.pin = QStringLiteral("Confirmation PIN");
    t.ok = QStringLiteral("OK");
    t.lockedNotice = QStringLiteral("This user is locked.");
    t.unlock = QStringLiteral("Unlock");

    t.loginTitle = QStringLiteral("Log in with a one-time password");
    t.loginButton = QStringLiteral("Log in");
    t.loggedIn = QStringLiteral("Logged in (token %1).");
    t.clockBehind = QStringLiteral("The token's clock is about %1 seconds behind.");
    t.clockAhead = QStringLiteral("The token's clock is about %1 seconds ahead.");
    t.hotpAhead = QStringLiteral("The token's counter had run %1 ahead of the bank's.");
    t.resyncTitle = QStringLiteral("Resynchronise the counter (HOTP)");
    t.resyncIntro =
        QStringLiteral("Enter two one-time passwords the token shows one after the other.");
    t.firstOtp = QStringLiteral("First one-time password");
    t.secondOtp = QStringLiteral("Second one-time password");
    t.resyncButton = QStringLiteral("Resynchronise");
    t.resynced = QStringLiteral("Resynchronised.");
    return t;
}

}  // namespace

const PageText& pageText(Lang lang)
{
    static const PageText ja = japanese();
    static const PageText en = english();
    return lang == Lang::Ja ? ja : en;
}

QString errorText(Lang lang, Error error, int maxFailures)
{
    const bool ja = lang == Lang::Ja;
    switch (error) {
    case Error::BadRequest:
        return ja ? QStringLiteral("入力内容に誤りがあります。")
                  : QStringLiteral("Some of the input is not valid.");
    case Error::UnknownUser:
        return ja ? QStringLiteral("利用者が存在しません。") : QStringLiteral("No such user.");
    case Error::WrongSerial:
        return ja ? QStringLiteral("シリアル番号に誤りがあります。")
                  : QStringLiteral("The serial number is incorrect.");
    case Error::SerialInUse:
        return ja ? QStringLiteral("このトークンは既に他の利用者に登録されています。")
                  : QStringLiteral("This token is already registered to another user.");
    case Error::WrongOtp:
        return ja ? QStringLiteral("ワンタイムパスワードに誤りがあります。")
                  : QStringLiteral("The one-time password is incorrect.");
    case Error::ReusedOtp:
        return ja ? QStringLiteral("このワンタイムパスワードは既に使用されています。"
                                   "次のワンタイムパスワードが表示されてから入力してください。")
                  : QStringLiteral("This one-time password has already been used. Wait for the "
                                   "next one and enter it.");
    case Error::WrongPin:
        return ja ? QStringLiteral("ご契約先確認暗証番号に誤りがあります。")
                  : QStringLiteral("The confirmation PIN is incorrect.");
    case Error::Locked:
        return ja ? QStringLiteral(
                        "所定の回数（%1回）を超えて誤りがあったため、ご利用いただけません。"
                        "ロックを解除してください。")
                        .arg(maxFailures)
                  : QStringLiteral("Locked after %1 failed attempts in a row. Unlock the user "
                                   "first.")
                        .arg(maxFailures);
    case Error::NotRegistered:
        return ja ? QStringLiteral("トークンが登録されていません。")
                  : QStringLiteral("No token is registered.");
    case Error::ResyncFailed:
        return ja ? QStringLiteral("同期できませんでした。連続した2つのワンタイムパスワードを"
                                   "入力してください。")
                  : QStringLiteral("Could not resynchronise. Enter two consecutive one-time "
                                   "passwords.");
    }
    return {};
}

}  // namespace bank
