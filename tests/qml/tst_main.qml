import QtQuick
import QtTest
import SoftToken

// The whole window: first-run screen, the ≡ menu and the mode switch.
TestCase {
    id: testCase
    name: "Main"
    when: windowShown

    // In the app the QML engine, and so every window, goes before the AppController
    // (RunningApp). Temporary objects are destroyed in the order they were made, controller
    // first, and the window's bindings would read the dead controller ("… of null"): the
    // windows go first here too.
    property var hosts: []
    function cleanup() {
        while (hosts.length > 0)
            hosts.pop().destroy()
    }

    Component { id: controllerComponent; AppController {} }
    Component { id: mainComponent; Main {} }

    function openMain() {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        const window = createTemporaryObject(mainComponent, testCase, { app: app })
        verify(window)
        hosts.push(window)
        waitForRendering(window.contentItem)
        return { app: app, window: window }
    }

    function test_firstRunSaysWhatToDo() {
        const m = openMain()
        const text = findChild(m.window.contentItem, "instructions")
        verify(text)
        compare(text.text, "Scan the QR code shown by your bank")
        verify(findChild(m.window.contentItem, "scanButton").visible)
        verify(findChild(m.window.contentItem, "importButton").visible)
        verify(findChild(m.window.contentItem, "manualButton").visible)
    }

    function test_menuButtonIsNamedMenuAndSwitchesTheMode() {
        const m = openMain()
        const button = findChild(m.window, "menuButton")
        verify(button)
        compare(button.Accessible.name, "Menu")
        compare(button.text, "≡")
        verify(!findChild(m.window, "appMenu"))  // created when first opened (start-up time)
        mouseClick(button)
        const menu = findChild(m.window, "appMenu")
        verify(menu)
        tryCompare(menu, "opened", true)
        const item = findChild(menu, "modeSwitchItem")
        verify(item)
        compare(item.text, "Mode switch: to registration mode")
        verify(!m.app.settings.registrationMode)
        mouseClick(item)
        tryCompare(m.app.settings, "registrationMode", true)
        tryCompare(menu, "opened", false)
        compare(item.text, "Mode switch: to normal mode")
    }

    // Japanese needs its own font family everywhere, also in popups, which in a plain Window
    // take the application's font, not the page stack's (otherwise kanji may get Chinese shapes).
    function test_japaneseFontReachesPagesAndPopups() {
        const m = openMain()
        m.app.settings.language = "ja"
        compare(m.app.language, "ja")
        const family = m.app.fontFamily
        verify(family !== "", "Noto Sans CJK JP is installed (a runtime dependency)")
        const menu = m.window.ensureMenu()
        menu.open()
        tryCompare(menu, "opened", true)
        compare(menu.font.family, family)
        compare(findChild(menu, "modeSwitchItem").font.family, family)
        compare(findChild(m.window, "stack").font.family, family)
        menu.close()
        m.app.settings.language = "en"
        // Back to Controls' own font (the application font when they loaded), not Japanese.
        verify(menu.font.family !== family, menu.font.family)
    }

    function test_testClockIsVisible() {
        const m = openMain()
        verify(findChild(m.window, "testClockBadge").visible)
        m.app.clock.useSystemClock()
        verify(!findChild(m.window, "testClockBadge").visible)
    }

    // An applied clock correction changes every code: the main screen always shows it.
    function test_clockCorrectionIsVisible() {
        const m = openMain()
        m.app.clock.useSystemClock()
        verify(findChild(m.window, "clockCorrectionBadge") === null)
        m.app.settings.clockCorrectionSeconds = 120
        tryVerify(() => findChild(m.window, "clockCorrectionBadge") !== null)
        const badge = findChild(m.window, "clockCorrectionBadge")
        verify(badge.visible)
        compare(badge.Accessible.name, "Clock corrected: codes use +120 s")
        m.app.settings.clockCorrectionSeconds = 0
        verify(!badge.parent.visible)
    }

    function test_addingATokenShowsTheTokenScreen() {
        const m = openMain()
        compare(m.app.offerManual("ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", false,
                                  "SHA1", 8, 30, 0, ""), "")
        tryVerify(() => findChild(m.window, "confirmSheet") !== null)
        const sheet = findChild(m.window, "confirmSheet")
        tryCompare(sheet, "opened", true)
        const add = findChild(sheet, "addButton")
        mouseClick(add)
        tryCompare(sheet, "opened", false)
        compare(m.app.tokens.count, 1)
        tryVerify(() => findChild(m.window.contentItem, "codeView") !== null)
        tryCompare(findChild(m.window.contentItem, "codeView"), "text", "9428 7082")
    }

    // Cancel on the passphrase screen is not final: the home screen offers it again.
    function test_afterCancelTheHomeScreenReopensThePassphraseScreen() {
        const m = openMain()
        verify(!findChild(m.window.contentItem, "passphraseBanner"))  // created when first needed
        verify(passphraseFixture.unlockMode(m.app, "right passphrase"))
        tryVerify(() => findChild(m.window.contentItem, "stack") !== null)
        const stack = findChild(m.window.contentItem, "stack")
        tryCompare(stack, "depth", 2)
        m.app.passphrase.cancel()
        tryCompare(stack, "depth", 1)
        tryVerify(() => findChild(m.window.contentItem, "passphraseBanner") !== null)
        const banner = findChild(m.window.contentItem, "passphraseBanner")
        tryCompare(banner, "visible", true)
        tryCompare(stack, "busy", false)  // no input while the page slides out
        const button = findChild(banner, "reopenPassphraseButton")
        compare(button.text, "Unlock")
        mouseClick(button)
        tryCompare(stack, "depth", 2)
        compare(m.app.passphrase.mode, PassphrasePrompt.Unlock)
        verify(!banner.visible)
    }
}
