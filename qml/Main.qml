import QtQuick
import SoftToken

// The window and the start screen are plain Qt Quick. Qt Quick Controls with Material cost
// ~1.3x a plain window's start-up and ~10 % more memory (docs/ui.md, Performance), so they load
// with the first page, menu, sheet or message: PageStack.qml, created by ensureStack(), gives
// Material the start screen's theme and font (Theme.qml) before any control exists.
Window {
    id: window

    required property AppController app
    readonly property Navigation navigation: app.navigation
    // A screen to open first (--screen, for screenshots): manual, settings, about, scan,
    // import, export, menu, lock, clock; "" or "home" for the start screen.
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
        value: window.app.language.fontFamily
    }

    // The pages above the start screen: a PageStack once the first page, menu, sheet or message
    // is needed. `var`, not PageStack: naming the type here would load Controls at start-up.
    property var stack: null
    function ensureStack() {
        if (stack === null)
            stack = Qt.createComponent("PageStack.qml").createObject(content, { objectName: "stack", window: window })
        return stack
    }
    readonly property bool pageOpen: stack !== null && stack.depth > 1

    // Each Navigation.Page: its file, and the narrow view models it takes (required properties).
    // Pages are pushed by URL, so each is compiled when first opened, not at start-up.
    function pageFile(page) {
        switch (page) {
        case Navigation.Scan: return "ScanPage.qml"  // QtMultimedia loads with it
        case Navigation.ManualEntry: return "ManualEntryPage.qml"
        case Navigation.ImportExport: return "ImportExportPage.qml"
        case Navigation.ImportPreview: return "ImportPreviewPage.qml"
        case Navigation.Export: return "ExportPage.qml"
        case Navigation.ExportQr: return "ExportQrPage.qml"
        case Navigation.Settings: return "SettingsPage.qml"
        case Navigation.ClockCheck: return "ClockCheckPage.qml"
        case Navigation.About: return "AboutPage.qml"
        case Navigation.Token: return "TokenPage.qml"
        case Navigation.Passphrase: return "PassphrasePage.qml"
        }
        return ""
    }
    function pageProperties(page) {
        const app = window.app
        const nav = window.navigation
        switch (page) {
        case Navigation.Scan: return { flow: app.addToken, importFlow: app.importFlow, cameraAccess: app.camera,
                                       virtualCamera: app.virtualCamera, navigation: nav }
        case Navigation.ManualEntry: return { flow: app.addToken }
        case Navigation.ImportExport: return { flow: app.importFlow, addToken: app.addToken, tokens: app.tokens,
                                               navigation: nav }
        case Navigation.ImportPreview: return { flow: app.importFlow }
        case Navigation.Export: return { flow: app.exportFlow, tokens: app.tokens, navigation: nav }
        case Navigation.ExportQr: return { flow: app.exportFlow }
        case Navigation.Settings: return { settings: app.settings, lock: app.lock, navigation: nav }
        case Navigation.ClockCheck: return { check: app.clockCheck }
        case Navigation.About: return { version: app.version }
        case Navigation.Token:
        case Navigation.Home: return { tokens: app.tokens, settings: app.settings, clipboard: app.clipboard,
                                       navigation: nav }
        case Navigation.Passphrase: return { prompt: app.passphrase }
        }
        return {}
    }
    function push(page, properties) {
        closeMenu()
        ensureStack().push(Qt.resolvedUrl(pageFile(page)), Object.assign(pageProperties(page), properties))
    }
    // Over the current page: the confirmation sheet and the image picker.
    function show(page) {
        if (page === Navigation.ConfirmToken) {
            if (confirmSheet === null)
                confirmSheet = create("ConfirmTokenSheet.qml", content, { objectName: "confirmSheet", flow: window.app.addToken })
            confirmSheet.open()
        } else if (page === Navigation.PickImage) {
            if (imageDialog === null) {
                imageDialog = create("ImageFileDialog.qml", window, {})
                imageDialog.accepted.connect(() => window.app.addToken.importImage(window.imageDialog.selectedFile))
            }
            imageDialog.open()
        }
    }
    Connections {
        target: window.navigation
        function onPushed(page, properties) { window.push(page, properties) }
        function onPopped(count) { window.stack.pop(window.stack.get(window.stack.depth - 1 - count)) }
        function onShown(page) { window.show(page) }
        function onMessageShown(text, actionLabel) {
            window.showSnackbar(text, actionLabel, actionLabel !== "" ? () => window.navigation.triggerMessageAction() : null)
        }
    }

    // Everything else that is not on the first screen is created here when first used: the ≡
    // menu, the sheet, the file dialog, the snackbar, the lock overlay. By URL, so their types
    // (Menu, Dialog, …) are not even compiled before the first code is drawn. After the stack,
    // which gives Controls Material's theme first.
    function create(file, parent, properties) {
        ensureStack()
        const component = Qt.createComponent(file)
        const object = component.createObject(parent, properties)
        if (object === null)
            console.warn(component.errorString())
        return object
    }
    property var menu: null  // an AppMenu once opened
    property var confirmSheet: null  // a ConfirmTokenSheet
    property var imageDialog: null  // an ImageFileDialog
    property var lockOverlay: null  // a LockOverlay
    function ensureMenu() {
        if (menu === null) {
            // Popups are parented to `content` (below the top bar).
            menu = create("AppMenu.qml", content, {
                objectName: "appMenu",
                width: Qt.binding(() => Math.min(window.width - 2 * Theme.spacingS, 330)),
                y: 0,
                settings: window.app.settings,
                navigation: window.navigation
            })
            menu.x = Qt.binding(() => window.width - window.menu.width - Theme.spacingS)
        }
        return menu
    }
    function closeMenu() {
        if (menu !== null)
            menu.close()
    }
    property var snackbar: null  // a Snackbar
    function showSnackbar(text, actionLabel, callback) {
        if (snackbar === null) {
            snackbar = create("Snackbar.qml", window.contentItem, { objectName: "snackbar" })
            snackbar.width = Qt.binding(() => Math.min(window.width - 2 * Theme.spacingL, 520))
            snackbar.x = Qt.binding(() => (window.width - window.snackbar.width) / 2)
            snackbar.y = Qt.binding(() => window.height - window.snackbar.height - Theme.spacingXl)
        }
        snackbar.show(text, actionLabel, callback)
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
                    onClicked: window.navigation.back() // qmllint disable unqualified
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
                readonly property int screen: window.navigation.home
                onScreenChanged: show()
                Component.onCompleted: show()
                function show() {
                    if (screen === Navigation.Loading) {
                        sourceComponent = loadingHome
                    } else if (screen === Navigation.OneToken) {
                        sourceComponent = singleHome
                    } else if (screen === Navigation.NoTokens) {
                        window.ensureStack()
                        setSource("EmptyPage.qml", { navigation: window.navigation, background: null })
                    } else {
                        window.ensureStack()
                        setSource("TokenListPage.qml",
                                  Object.assign(window.pageProperties(Navigation.Home), { background: null }))
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
    // qmllint disable unqualified
    // (Qt 6.4's Loader cannot load components bound to their file, pragma ComponentBehavior:
    // Bound, so qmllint cannot see that `window` is in scope here and in the back button.)
    Component {
        id: singleHome
        TokenPage {
            opaque: false
            tokens: window.app.tokens
            settings: window.app.settings
            clipboard: window.app.clipboard
            navigation: window.navigation
        }
    }
    // qmllint enable unqualified
    Loader {
        anchors.centerIn: parent
        active: window.app.busy
        onActiveChanged: if (active) window.ensureStack()
        source: "BusyOverlay.qml"
    }

    // The lock screen and the privacy cover, above every page and popup. Created the
    // first time the app locks or goes to the background, then kept.
    onCoveringChanged: if (covering) ensureLockOverlay()
    function ensureLockOverlay() {
        if (lockOverlay === null)
            lockOverlay = create("LockOverlay.qml", window.contentItem, {
                objectName: "lockOverlay",
                lock: window.app.lock,
                obscured: Qt.binding(() => window.app.obscured)
            })
    }
    Connections {
        target: window.app.lock
        function onLockedChanged() { if (window.app.lock.locked) window.closeMenu() }
    }


    Component.onCompleted: {
        app.watchWindow(window)
        if (covering)
            ensureLockOverlay()
        // What was asked for before the window existed.
        for (let i = 0; i < navigation.depth; ++i)
            push(navigation.pageAt(i), navigation.propertiesAt(i))
        if (app.startupError !== "" && !app.passphrase.active)
            showSnackbar(app.startupError, "", null)
        switch (startScreen) {
        case "manual": navigation.open(Navigation.ManualEntry); break
        case "settings": navigation.open(Navigation.Settings); break
        case "about": navigation.open(Navigation.About); break
        case "scan": navigation.open(Navigation.Scan); break
        case "import": navigation.open(Navigation.ImportExport); break
        case "export": navigation.open(Navigation.ImportExport); navigation.open(Navigation.Export); break
        case "menu": ensureMenu().open(); break
        case "clock": navigation.open(Navigation.Settings); navigation.open(Navigation.ClockCheck); break
        case "lock": app.lock.lockNow(); break
        }
    }
}
