// Clipboard back end for Android: Qt's QMimeData cannot carry ClipDescription extras, so codes
// are put there through ClipboardManager directly, with EXTRA_IS_SENSITIVE.

#include <QGuiApplication>

#include "android_jni.h"
#include "platform/clipboard_guard.h"

namespace platform {

namespace {

// ClipDescription.EXTRA_IS_SENSITIVE (API 33; the extra is simply ignored before).
constexpr auto kExtraIsSensitive = "android.content.extra.IS_SENSITIVE";

QJniObject clipboardManager()
{
    QJniObject manager = android::activity().callObjectMethod(
        "getSystemService", "(Ljava/lang/String;)Ljava/lang/Object;",
        QJniObject::fromString(QStringLiteral("clipboard")).object<jstring>());
    android::clearException();
    return manager;
}

void setClip(const QString& text, bool sensitive)
{
    android::onUiThread([text, sensitive]() -> QVariant {
        QJniObject manager = clipboardManager();
        if (!manager.isValid())
            return false;
        QJniObject clip = QJniObject::callStaticObjectMethod(
            "android/content/ClipData", "newPlainText",
            "(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Landroid/content/ClipData;",
            QJniObject::fromString(QStringLiteral("SoftToken")).object<jstring>(),
            QJniObject::fromString(text).object<jstring>());
        if (android::clearException() || !clip.isValid())
            return false;
        if (sensitive && android::sdkVersion() >= 24) {  // ClipDescription.setExtras: API 24
            QJniObject extras("android/os/PersistableBundle");
            extras.callMethod<void>(
                "putBoolean", "(Ljava/lang/String;Z)V",
                QJniObject::fromString(QString::fromLatin1(kExtraIsSensitive)).object<jstring>(),
                jboolean(JNI_TRUE));
            QJniObject description =
                clip.callObjectMethod("getDescription", "()Landroid/content/ClipDescription;");
            description.callMethod<void>("setExtras", "(Landroid/os/PersistableBundle;)V",
                                         extras.object());
            android::clearException();
        }
        manager.callMethod<void>("setPrimaryClip", "(Landroid/content/ClipData;)V", clip.object());
        return !android::clearException();
    });
}

class AndroidClipboardBackend final : public ClipboardBackend {
public:
    void setSensitiveText(const QString& text) override { setClip(text, true); }
    void setPlainText(const QString& text) override { setClip(text, false); }

    std::optional<QString> text() const override
    {
        // Android 10+ returns no clip to apps in the background: that is "unknown", not "empty".
        if (QGuiApplication::applicationState() != Qt::ApplicationActive)
            return std::nullopt;
        const QVariant text = android::onUiThread([]() -> QVariant {
            QJniObject manager = clipboardManager();
            if (!manager.isValid())
                return {};
            QJniObject clip =
                manager.callObjectMethod("getPrimaryClip", "()Landroid/content/ClipData;");
            if (android::clearException())
                return {};
            if (!clip.isValid() || clip.callMethod<jint>("getItemCount", "()I") < 1)
                return QString();
            QJniObject item =
                clip.callObjectMethod("getItemAt", "(I)Landroid/content/ClipData$Item;", jint(0));
            QJniObject chars = item.callObjectMethod(
                "coerceToText", "(Landroid/content/Context;)Ljava/lang/CharSequence;",
                android::activity().object());
            if (android::clearException())
                return {};
            return chars.isValid() ? chars.toString() : QString();
        });
        if (!text.isValid())
            return std::nullopt;
        return text.toString();
    }

    void clear() override
    {
        if (android::sdkVersion() >= 28) {  // ClipboardManager.clearPrimaryClip: API 28
            android::onUiThread([]() -> QVariant {
                QJniObject manager = clipboardManager();
                if (manager.isValid())
                    manager.callMethod<void>("clearPrimaryClip", "()V");
                return !android::clearException();
            });
        } else {
            setClip(QString(), false);
        }
    }
};

}  // namespace

std::unique_ptr<ClipboardBackend> makeSystemClipboardBackend()
{
    return std::make_unique<AndroidClipboardBackend>();
}

}  // namespace platform
