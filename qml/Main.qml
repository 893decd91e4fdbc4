import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import SoftToken

ApplicationWindow {
    id: window

    required property AppController app
    // A screen to open first (--screen, for screenshots): manual, settings, about, scan,
    // import, menu, lock, clock; "" or "home" for the start screen.
    property string startScreen: ""

    width: 390
    height: 844
    visible: true
    title: qsTr("SoftToken")
    font.family: app.fontFamily !== "" ? app.fontFamily : Qt.application.font.family

    Material.theme: app.settings.theme === AppSettings.DarkTheme ? Material.Dark
                  : app.settings.theme === AppSettings.LightTheme ? Material.Light
                  : Material.System
    Material.primary: Material.Indigo
    Material.accent: Material.Teal

    // Secondary pages are pushed by URL, so they are compiled when first opened, not at start-up.
    function openPage(file, properties) {
        closeMenu()
        return stack.push(Qt.resolvedUrl(file), Object.assign({ app: window.app }, properties || {}))
    }
    function openManualEntry() { openPage("ManualEntryPage.qml") }
    function openSettings() {
        const page = openPage("SettingsPage.qml")
        page.message.connect(window.showMessage)
    }
    function openClockCheck() { openSettings(); openPage("ClockCheckPage.qml") }
    function openAbout() { openPage("AboutPage.qml") }
    function openImportExport() {
        const page = openPage("ImportExportPage.qml")
        page.importRequested.connect(window.importImage)
        page.message.connect(window.showError)
    }
    function openExport() { openImportExport(); openPage("ExportPage.qml") }
    // What an import found (a file, or a complete Google Authenticator batch from the scan
    // page); closes itself when the import is done or cancelled.
    property Item importPreviewPage: null
    function showImportPreview() {
        if (importPreviewPage === null || stack.currentItem !== importPreviewPage)
            importPreviewPage = openPage("ImportPreviewPage.qml")
    }
    function openToken(tokenId) {
        const page = openPage("TokenPage.qml", { tokenId: tokenId })
        page.message.connect(window.showMessage)
    }
    // QtMultimedia loads only when the scan page is first opened.
    function openScan() {
        const page = openPage("ScanPage.qml")
        page.importRequested.connect(window.importImage)
        page.manualRequested.connect(() => { stack.pop(); window.openManualEntry() })
        page.message.connect(window.showError)
    }
    // The vault's passphrase (no keystore answered, or a passphrase-only vault). The page stays
    // until the prompt is done or cancelled; ← counts as Cancel.
    property Item passphrasePage: null
    function showPassphrasePage() {
        if (!app.passphrase.active) {
            if (passphrasePage !== null && stack.currentItem === passphrasePage)
                stack.pop()
            passphrasePage = null
            return
        }
        if (passphrasePage === null)
            passphrasePage = openPage("PassphrasePage.qml")
    }
    function importImage() { imageDialogLoader.active = true; imageDialogLoader.item.open() }
    function showMessage(text) { showSnackbar(text, "", null) }
    function showError(text) { showSnackbar(text, "", null) }

    // Created when first used, not at start-up: the ≡ menu, the confirmation sheet, the
    // snackbar (the first screen needs none of them; docs/ui.md, Performance). By URL, so
    // their types (Menu, Dialog, …) are not even compiled before the first code is drawn.
    // Popups are parented to the content item (below the header), where they were declared.
    property var menu: null  // an AppMenu once opened
    function ensureMenu() {
        if (menu !== null)
            return menu
        const m = Qt.createComponent("AppMenu.qml").createObject(window.contentItem, {
            objectName: "appMenu",
            width: Qt.binding(() => Math.min(window.width - 16, 330)),
            y: 0,
            registrationMode: Qt.binding(() => window.app.settings.registrationMode)
        })
        m.x = Qt.binding(() => window.width - m.width - 8)
        m.modeSwitchRequested.connect(() => window.app.settings.toggleMode())
        m.scanRequested.connect(window.openScan)
        m.importExportRequested.connect(window.openImportExport)
        m.settingsRequested.connect(window.openSettings)
        m.aboutRequested.connect(window.openAbout)
        menu = m
        return menu
    }
    function closeMenu() {
        if (menu !== null)
            menu.close()
    }
    property var confirmSheet: null  // a ConfirmTokenSheet once needed
    function openConfirmSheet() {
        if (confirmSheet === null) {
            const sheet = Qt.createComponent("ConfirmTokenSheet.qml").createObject(window.contentItem, {
                objectName: "confirmSheet",
                pending: window.app.pending
            })
            sheet.confirmed.connect(action => {
                const error = window.app.confirmPending(action)
                if (error !== "") {
                    window.showError(error)
                    return
                }
                sheet.close()
                while (stack.depth > 1)
                    stack.pop(null)
                window.showMessage(qsTr("Token added"))
            })
            sheet.rejected.connect(() => window.app.discardPending())
            confirmSheet = sheet
        }
        confirmSheet.open()
    }
    function showSnackbar(text, actionLabel, callback) {
        snackbarLoader.active = true
        snackbarLoader.item.show(text, actionLabel, callback)
    }

    header: Column {
        visible: !lockOverlay.covering  // issue 7: nothing behind the lock screen is drawn
        ToolBar {
            width: parent.width
            // A painted shadow instead of Material's elevation effect, whose three blur
            // shaders and layer run again with every frame (the countdown's once a second).
            Material.elevation: 0
            Rectangle {
                anchors.top: parent.bottom
                width: parent.width
                height: 4
                gradient: Gradient {
                    GradientStop { position: 0; color: "#33000000" }
                    GradientStop { position: 1; color: "#00000000" }
                }
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 4
                anchors.rightMargin: 4
                spacing: 0

                ToolButton {
                    id: backButton
                    visible: stack.depth > 1
                    text: "←"
                    font.pixelSize: 22
                    Accessible.name: qsTr("Back")
                    onClicked: stack.pop()
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: backButton.visible ? 0 : 12
                    text: stack.currentItem && stack.currentItem.title ? stack.currentItem.title : window.title
                    font.pixelSize: 20
                    elide: Label.ElideRight
                    verticalAlignment: Qt.AlignVCenter
                }
                ToolButton {
                    id: menuButton
                    objectName: "menuButton"
                    text: "≡"
                    font.pixelSize: 26
                    Accessible.name: qsTr("Menu")
                    onClicked: {
                        const m = window.ensureMenu()
                        m.opened ? m.close() : m.open()
                    }
                }
            }
        }
        // Only testers use a test clock: the badge is created the first time one is set.
        Loader {
            width: parent.width
            visible: window.app.clock.testClock
            onVisibleChanged: if (visible && item === null) load()
            Component.onCompleted: if (visible) load()
            function load() {
                setSource("TestClockBadge.qml", { objectName: "testClockBadge", clock: window.app.clock })
            }
        }
    }


    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: homePage
        visible: !lockOverlay.covering
    }

    Component {
        id: homePage
        // The home screen and the page inside it draw no background of their own: the window
        // already has that colour, and each full-window rectangle is redrawn with every frame
        // (once a second for the countdown), which the idle-CPU target cannot afford.
        Page {
            background: null
            title: window.app.settings.registrationMode ? qsTr("Registration mode") : qsTr("SoftToken")
            // After Cancel on the passphrase screen: the way back to it (no restart needed).
            // Created the first time the passphrase screen is cancelled, then kept (its own
            // button hides it; destroying it from that click would delete the button).
            header: Loader {
                id: bannerLoader
                readonly property bool wanted: window.app.passphrase.cancelledMode !== PassphrasePrompt.Hidden
                visible: wanted
                onWantedChanged: if (wanted && item === null) load()
                Component.onCompleted: if (wanted) load()
                function load() {
                    setSource("PassphraseBanner.qml", { objectName: "passphraseBanner",
                                                        prompt: window.app.passphrase })
                }
            }
            // The empty and list screens are loaded by URL: their types (dialogs, text fields,
            // rows) are compiled only when shown, not before the first code.
            Loader {
                id: homeLoader
                anchors.fill: parent
                readonly property string screen: window.app.loading ? "loading"
                                               : window.app.tokens.count === 0 ? "EmptyPage.qml"
                                               : window.app.tokens.count === 1 ? "single" : "TokenListPage.qml"
                onScreenChanged: show()
                Component.onCompleted: show()
                function show() {
                    if (screen === "loading")
                        sourceComponent = loadingHome
                    else if (screen === "single")
                        sourceComponent = singleHome
                    else
                        setSource(screen, { app: window.app, background: null })
                }
                onLoaded: {
                    if (screen === "EmptyPage.qml") {
                        item.scanRequested.connect(window.openScan)
                        item.importRequested.connect(window.importImage)
                        item.manualRequested.connect(window.openManualEntry)
                    } else if (screen === "TokenListPage.qml") {
                        item.openToken.connect(window.openToken)
                        item.message.connect(window.showMessage)
                        item.deleted.connect(name => window.showSnackbar(
                            qsTr("“%1” deleted").arg(name), qsTr("Undo"),
                            () => window.showError(window.app.tokens.undoRemove())))
                    }
                }
            }
        }
    }
    Component {
        id: loadingHome
        Item {
            Label {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.verticalCenter
                anchors.topMargin: 48
                text: qsTr("Opening your tokens…")
                opacity: 0.7
            }
        }
    }
    Component {
        id: singleHome
        TokenPage {
            background: null
            app: window.app
            onMessage: text => window.showMessage(text)
        }
    }
    // The file dialog module loads only when it is first needed (start-up time).
    Loader {
        id: imageDialogLoader
        active: false
        source: "ImageFileDialog.qml"
        onLoaded: item.accepted.connect(() => window.app.importImage(item.selectedFile))
    }


    Connections {
        target: window.app
        function onPendingReady() { window.openConfirmSheet() }
        function onErrorOccurred(message) { window.showError(message) }
        function onStartupErrorChanged() {
            if (window.app.startupError !== "" && !window.app.passphrase.active)
                window.showError(window.app.startupError)
        }
    }

    Connections {
        target: window.app.importFlow
        function onPreviewReady() { window.showImportPreview() }
        function onPreviewClosed(imported) {
            if (imported)
                stack.pop(null)  // done: back to the tokens (also off the scan page)
            else if (window.importPreviewPage !== null && stack.currentItem === window.importPreviewPage)
                stack.pop()
            window.importPreviewPage = null
        }
        function onImported(count, message) { window.showMessage(message) }
    }

    Connections {
        target: window.app.passphrase
        function onModeChanged() { window.showPassphrasePage() }
        // Cancelled: the tokens stay closed (adding is refused); say so.
        function onCancelled() {
            if (window.app.startupError !== "")
                window.showError(window.app.startupError)
        }
    }

    Loader {
        anchors.centerIn: parent
        active: window.app.busy
        sourceComponent: BusyIndicator {
            running: true
            Accessible.name: qsTr("Working…")
        }
    }

    // Issue 7: the lock screen and the privacy cover, above every page and popup.
    LockOverlay {
        id: lockOverlay
        objectName: "lockOverlay"
        app: window.app
        onLockedChanged: if (locked) window.closeMenu()
    }

    Loader {
        id: snackbarLoader
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        width: Math.min(parent.width - 32, 520)
        active: false
        source: "Snackbar.qml"
        onLoaded: item.objectName = "snackbar"
    }

    Component.onCompleted: {
        app.watchWindow(window)
        if (app.passphrase.active)
            showPassphrasePage()
        else if (app.startupError !== "")
            showError(app.startupError)
        switch (startScreen) {
        case "manual": openManualEntry(); break
        case "settings": openSettings(); break
        case "about": openAbout(); break
        case "scan": openScan(); break
        case "import": openImportExport(); break
        case "export": openExport(); break
        case "menu": ensureMenu().open(); break
        case "clock": openClockCheck(); break
        case "lock": app.lock.lockNow(); break
        }
    }
}
