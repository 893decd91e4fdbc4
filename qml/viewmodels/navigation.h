#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// Where the user is: the home screen and the pages stacked over it. Flows and pages ask for a
// page here; only the navigation host (Main.qml) turns a Page into a file, creates it (lazily,
// with the narrow view models it takes) and draws the app bar. The host follows the signals, so
// this object is the one record of what is open, and tests can drive it without a window.
class Navigation : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(HomeScreen home READ home NOTIFY homeChanged)
    // The page on top, Home when none is open.
    Q_PROPERTY(Page current READ current NOTIFY pagesChanged)
    // How many pages are open over the home screen.
    Q_PROPERTY(int depth READ depth NOTIFY pagesChanged)

public:
    enum Page {
        Home,
        Scan,
        ManualEntry,
        ImportExport,
        ImportPreview,
        Export,
        ExportQr,
        Settings,
        ClockCheck,
        About,
        Token,  // properties: {tokenId}
        Passphrase,
        // Shown over whatever is open, not stacked: the confirmation sheet of a new token, and
        // the file dialog that picks a QR image.
        ConfirmToken,
        PickImage,
    };
    Q_ENUM(Page)
    // What the home screen shows: the single token is drawn without Controls (start-up time).
    enum HomeScreen { Loading, NoTokens, OneToken, TokenList };
    Q_ENUM(HomeScreen)

    explicit Navigation(QObject* parent = nullptr);

    HomeScreen home() const { return m_home; }
    Page current() const { return m_pages.isEmpty() ? Home : m_pages.last().page; }
    int depth() const { return static_cast<int>(m_pages.size()); }

    // Opens `page` on top (Home: back to the home screen). `properties` go to the page as it is
    // created, next to its view models (Token: {tokenId}).
    Q_INVOKABLE void open(Navigation::Page page, const QVariantMap& properties = {});
    // Closes the page on top (the app bar's ←); nothing on the home screen.
    Q_INVOKABLE void back();
    // Closes every page.
    Q_INVOKABLE void backToHome();
    // Closes `page` if it is on top, e.g. a flow's page once the flow is over.
    Q_INVOKABLE void close(Navigation::Page page);
    Q_INVOKABLE void replaceHome(Navigation::HomeScreen screen);
    // A short message in the snackbar, with a button if `actionLabel` is set; the button
    // reports messageActionTriggered() (Undo after a delete, handled by AppController).
    Q_INVOKABLE void showMessage(const QString& text, const QString& actionLabel = {});
    Q_INVOKABLE void triggerMessageAction() { Q_EMIT messageActionTriggered(); }

    // The open pages, bottom first: a host that starts late (the window after the first
    // requests) opens these before following the signals.
    Q_INVOKABLE Navigation::Page pageAt(int index) const { return m_pages.value(index).page; }
    Q_INVOKABLE QVariantMap propertiesAt(int index) const
    {
        return m_pages.value(index).properties;
    }

    static bool isStacked(Page page) { return page != ConfirmToken && page != PickImage; }

Q_SIGNALS:
    void pushed(Navigation::Page page, const QVariantMap& properties);
    // The host removes the `count` pages on top.
    void popped(int count);
    // ConfirmToken or PickImage: the host opens the sheet or dialog.
    void shown(Navigation::Page page);
    void messageShown(const QString& text, const QString& actionLabel);
    void messageActionTriggered();
    void pagesChanged();
    void homeChanged();

private:
    void pop(int count);

    struct Entry {
        Page page = Home;
        QVariantMap properties;
    };
    QList<Entry> m_pages;
    HomeScreen m_home = Loading;
};
