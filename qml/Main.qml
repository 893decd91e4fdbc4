import QtQuick
import SoftToken

// The window and the start screen are plain Qt Quick. Qt Quick Controls with Material cost
// ~1.3x a plain window's start-up and ~10 % more memory (docs/ui.md, Performance), so they load
// with the first page, menu, sheet or message: PageStack.qml, created by ensureStack(), gives
// Material the start screen's theme and font (Theme.qml) before any control exists.
Window {
    id: window

    required property AppController app
    // A screen to open first (--screen, for screenshots): manual, settings, about, scan,
    // import, menu, lock, clock; "" or "home" for the start screen.
    property string startScreen: ""

    width: 390
    height: 844
    visible: true
    title: qsTr("SoftToken")
    color: Theme.surface

    // While locked or in the background the lock overlay covers everything, and nothing under
    // it is drawn.
    readonly property bool covering: app.lock.locked || app.obscured
    Binding {
        target: Theme
        property: "dark"
        value: window.app.settings.darkTheme
    }
    Binding {
        target: Theme
        property: "fontFamily"
        value: window.app.fontFamily
    }

    // The pages above the start screen; null until the first one opens.
    property var stack: null
    function ensureStack() {
        if (stack === null) {
            stack = Qt.createComponent("PageStack.qml").createObject(content, {
                objectName: "stack",
                window: window
            })
        }
        return stack
    }
    readonly property bool pageOpen: stack !== null && stack.depth > 1

    // Secondary pages are pushed by URL, so they are compiled when first opened, not at start-up.
    function openPage(file, properties) {
        closeMenu()
        return ensureStack().push(Qt.resolvedUrl(file), Object.assign({ app: window.app }, properties || {}))
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
        if (importPreviewPage === null || !pageOpen || stack.currentItem !== importPreviewPage)
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
        page.manualRequested.connect(() => { window.stack.pop(); window.openManualEntry() })
        page.message.connect(window.showError)
    }
    // The vault's passphrase (no keystore answered, or a passphrase-only vault). The page stays
    // until the prompt is done or cancelled; ← counts as Cancel.
    property Item passphrasePage: null
    function showPassphrasePage() {
        if (!app.passphrase.active) {
            if (passphrasePage !== null && pageOpen && stack.currentItem === passphrasePage)
                stack.pop()
            passphrasePage = null
            return
        }
        if (passphrasePage === null)
            passphrasePage = openPage("PassphrasePage.qml")
    }
    function importImage() {
        ensureStack()
        imageDialogLoader.active = true
        imageDialogLoader.item.open()
    }
    function showMessage(text) { showSnackbar(text, "", null) }
    function showError(text) { showSnackbar(text, "", null) }

    // Created when first used, not at start-up: the ≡ menu, the confirmation sheet, the
    // snackbar (the first screen needs none of them; docs/ui.md, Performance). By URL, so
    // their types (Menu, Dialog, …) are not even compiled before the first code is drawn.
    // Popups are parented to `content` (below the top bar).
    property var menu: null  // an AppMenu once opened
    function ensureMenu() {
        if (menu !== null)
            return menu
        ensureStack()
        const m = Qt.createComponent("AppMenu.qml").createObject(content, {
            objectName: "appMenu",
            width: Qt.binding(() => Math.min(window.width - 2 * Theme.spacingS, 330)),
            y: 0,
            registrationMode: Qt.binding(() => window.app.settings.registrationMode)
        })
        m.x = Qt.binding(() => window.width - m.width - Theme.spacingS)
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
            ensureStack()
            const sheet = Qt.createComponent("ConfirmTokenSheet.qml").createObject(content, {
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
                if (window.pageOpen)
                    window.stack.pop(null)
                window.showMessage(qsTr("Token added"))
            })
            sheet.rejected.connect(() => window.app.discardPending())
            confirmSheet = sheet
        }
        confirmSheet.open()
    }
    function showSnackbar(text, actionLabel, callback) {
        ensureStack()
        snackbarLoader.active = true
        snackbarLoader.item.show(text, actionLabel, callback)
    }

    // The top bar: Material's tool bar, drawn in plain Qt Quick (the start screen).
    Column {
        id: header
        width: parent.width
        z: 1
        visible: !window.covering  // nothing behind the lock screen is drawn
        Rectangle {
            width: parent.width
            height: 48
            color: Theme.appBar
            // A painted shadow instead of Material's elevation effect, whose three blur
            // shaders and layer run again with every frame (the countdown's once a second).
            Rectangle {
                anchors.top: parent.bottom
                width: parent.width
                height: 4
                gradient: Gradient {
                    GradientStop { position: 0; color: Theme.shadow }
                    GradientStop { position: 1; color: "transparent" }
                }
            }
            // Created with the first page: the start screen has no way back.
            Loader {
                id: backButton
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacingXs
                anchors.verticalCenter: parent.verticalCenter
                active: window.pageOpen
                visible: active
                sourceComponent: IconButton {
                    objectName: "backButton"
                    text: "←"
                    Accessible.name: qsTr("Back")
                    onClicked: window.stack.pop()
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.left: backButton.visible ? backButton.right : parent.left
                anchors.leftMargin: backButton.visible ? 0 : Theme.spacingL
                anchors.right: menuButton.left
                anchors.verticalCenter: parent.verticalCenter
                text: window.pageOpen && window.stack.currentItem && window.stack.currentItem.title
                      ? window.stack.currentItem.title
                      : home.title
                color: Theme.textOnAppBar
                font.pixelSize: Theme.titleLarge
                elide: Text.ElideRight
            }
            IconButton {
                id: menuButton
                objectName: "menuButton"
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacingXs
                anchors.verticalCenter: parent.verticalCenter
                text: "≡"
                Accessible.name: qsTr("Menu")
                onClicked: {
                    const m = window.ensureMenu()
                    m.opened ? m.close() : m.open()
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
        // A correction from the clock check changes every code: always visible while applied.
        Loader {
            width: parent.width
            visible: window.app.clock.correctionSeconds !== 0 && !window.app.clock.testClock
            onVisibleChanged: if (visible && item === null) load()
            Component.onCompleted: if (visible) load()
            function load() {
                setSource("ClockCorrectionBadge.qml", { objectName: "clockCorrectionBadge", clock: window.app.clock })
            }
        }
    }

    // Everything below the top bar: the start screen, and the page stack over it once created.
    Item {
        id: content
        objectName: "content"
        anchors.top: header.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: !window.covering

        // The home screen: hidden while a page covers it (nothing drawn behind a page).
        Column {
            id: home
            objectName: "home"
            anchors.fill: parent
            visible: !window.pageOpen || window.stack.busy
            readonly property string title: window.app.settings.registrationMode ? qsTr("Registration mode")
                                                                                 : qsTr("SoftToken")
            // After Cancel on the passphrase screen: the way back to it (no restart needed).
            // Created the first time the passphrase screen is cancelled, then kept (its own
            // button hides it; destroying it from that click would delete the button).
            Loader {
                id: bannerLoader
                width: parent.width
                readonly property bool wanted: window.app.passphrase.cancelledMode !== PassphrasePrompt.Hidden
                visible: wanted
                onWantedChanged: if (wanted && item === null) load()
                Component.onCompleted: if (wanted) load()
                function load() {
                    window.ensureStack()
                    setSource("PassphraseBanner.qml", { objectName: "passphraseBanner",
                                                        prompt: window.app.passphrase })
                }
            }
            // The empty and list screens are loaded by URL, with Controls: only the single
            // token's screen (TokenPage) is plain Qt Quick.
            Loader {
                id: homeLoader
                width: parent.width
                height: parent.height - (bannerLoader.visible ? bannerLoader.height : 0)
                readonly property string screen: window.app.loading ? "loading"
                                               : window.app.tokens.count === 0 ? "EmptyPage.qml"
                                               : window.app.tokens.count === 1 ? "single" : "TokenListPage.qml"
                onScreenChanged: show()
                Component.onCompleted: show()
                function show() {
                    if (screen === "loading") {
                        sourceComponent = loadingHome
                    } else if (screen === "single") {
                        sourceComponent = singleHome
                    } else {
                        window.ensureStack()
                        setSource(screen, { app: window.app, background: null })
                    }
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
            Text {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.top: parent.verticalCenter
                anchors.topMargin: Theme.spacingXxxl
                text: qsTr("Opening your tokens…")
                color: Theme.textOnSurfaceVariant
                font.pixelSize: Theme.bodyMedium
            }
        }
    }
    Component {
        id: singleHome
        TokenPage {
            opaque: false
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
            if (imported && window.pageOpen)
                window.stack.pop(null)  // done: back to the tokens (also off the scan page)
            else if (window.importPreviewPage !== null && window.pageOpen
                     && window.stack.currentItem === window.importPreviewPage)
                window.stack.pop()
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
        onActiveChanged: if (active) window.ensureStack()
        source: "BusyOverlay.qml"
    }

    // The lock screen and the privacy cover, above every page and popup. Created the first
    // time the app locks or goes to the background, then kept.
    property var lockOverlay: null
    onCoveringChanged: if (covering) ensureLockOverlay()
    function ensureLockOverlay() {
        if (lockOverlay !== null)
            return
        ensureStack()
        lockOverlay = Qt.createComponent("LockOverlay.qml").createObject(window.contentItem, {
            objectName: "lockOverlay",
            app: window.app
        })
    }
    Connections {
        target: window.app.lock
        function onLockedChanged() { if (window.app.lock.locked) window.closeMenu() }
    }

    Loader {
        id: snackbarLoader
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingXl
        width: Math.min(parent.width - 2 * Theme.spacingL, 520)
        active: false
        source: "Snackbar.qml"
        onLoaded: item.objectName = "snackbar"
    }

    Component.onCompleted: {
        app.watchWindow(window)
        if (covering)
            ensureLockOverlay()
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
