import QtQuick
import QtQuick.Controls
import QtTest
import SoftToken

// The lock screen in the whole window. A token exists (RFC 6238 at T = 59:
// 94287082, serial derived from the secret); while locked, none of it may be drawn or reachable.
TestCase {
    id: testCase
    name: "LockPage"
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

    function openLocked(withBiometric) {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        protectionsFixture.cheapLock(app, withBiometric === true)
        compare(app.offerManual("ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", false, "SHA1",
                                8, 30, 0, ""), "")
        compare(app.confirmPending(AppController.AddNew), "")
        compare(app.lock.setPin("", "4826", "4826"), "")
        const window = createTemporaryObject(mainComponent, testCase, { app: app })
        verify(window)
        hosts.push(window)
        waitForRendering(window.contentItem)
        tryVerify(() => window.active)
        return { app: app, window: window, serial: app.tokens.data(app.tokens.index(0, 0), 268) }
    }

    // Every text drawn in the window (effective visibility), popups included.
    function visibleTexts(item, out) {
        if (!item || !item.visible)
            return out
        if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            visibleTexts(item.children[i], out)
        return out
    }
    function shownAnywhere(window, needle) {
        const texts = visibleTexts(window.contentItem, [])
        return texts.some(t => t.replace(/ /g, "").indexOf(needle.replace(/ /g, "")) >= 0)
    }
    function press(window, digits) {
        const page = findChild(window.contentItem, "lockPage")
        for (let i = 0; i < digits.length; ++i)
            mouseClick(findChild(page, "digit" + digits[i]))
        mouseClick(findChild(page, "okButton"))
    }

    function test_unlockedShowsTheCodeLockedShowsNothingSecret() {
        const m = openLocked()
        m.app.settings.registrationMode = true  // the serial is on screen too
        const serial = m.serial.replace(/ /g, "")
        verify(/^[A-Z]{4}[0-9]{8}$/.test(serial), serial)
        waitForRendering(m.window.contentItem)
        verify(shownAnywhere(m.window, "94287082"))  // the checks below can fail
        verify(shownAnywhere(m.window, serial))
        m.app.lock.lockNow()
        const overlay = findChild(m.window.contentItem, "lockOverlay")
        tryVerify(() => overlay.opened)
        verify(findChild(m.window.contentItem, "lockPage"))
        waitForRendering(m.window.contentItem)
        verify(!shownAnywhere(m.window, "94287082"))
        verify(!shownAnywhere(m.window, "ACME"))
        verify(!shownAnywhere(m.window, serial))
        verify(!findChild(m.window, "stack").visible)
        verify(!findChild(m.window, "menuButton").visible)
        verify(shownAnywhere(m.window, "Enter your PIN to open your tokens."))
        verify(!findChild(m.window.contentItem, "biometricButton").visible)
    }

    function test_menuAndBackAreNotReachableWhileLocked() {
        const m = openLocked()
        m.window.openSettings()
        const stack = findChild(m.window, "stack")
        tryCompare(stack, "depth", 2)
        const menuButton = findChild(m.window, "menuButton")
        const menuPos = menuButton.mapToItem(m.window.contentItem, menuButton.width / 2,
                                             menuButton.height / 2)
        m.app.lock.lockNow()
        tryVerify(() => findChild(m.window.contentItem, "lockOverlay").opened)

        // Where the ≡ button was: the click lands on the lock screen.
        mouseClick(m.window.contentItem, menuPos.x, menuPos.y)
        const menu = findChild(m.window, "appMenu")  // null: never opened
        verify(!menu || !menu.opened)
        keyClick(Qt.Key_Escape)
        keyClick(Qt.Key_Back)
        compare(stack.depth, 2)
        verify(m.app.lock.locked)

        // The right PIN returns to where the user was (Settings).
        press(m.window, "4826")
        tryVerify(() => !m.app.lock.locked)
        tryVerify(() => !findChild(m.window.contentItem, "lockOverlay").visible)
        compare(stack.depth, 2)
        compare(stack.currentItem.title, "Settings")
        verify(stack.visible)
    }

    function test_lockingClosesTheMenu() {
        const m = openLocked()
        const menu = m.window.ensureMenu()
        menu.open()
        tryVerify(() => menu.opened)
        m.app.lock.lockNow()
        tryVerify(() => !menu.visible)
    }

    function test_wrongPinsShowAttemptsThenALiveCountdown() {
        const m = openLocked()
        m.app.lock.lockNow()
        tryVerify(() => findChild(m.window.contentItem, "lockPage") !== null)
        const page = findChild(m.window.contentItem, "lockPage")
        const error = findChild(page, "errorLabel")
        const countdown = findChild(page, "countdownLabel")
        const field = findChild(page, "pinField")

        press(m.window, "0000")
        compare(error.text, "Wrong PIN. 3 more attempts before a waiting time.")
        verify(error.visible)
        compare(field.text, "")  // the PIN does not stay in the field
        verify(!countdown.visible)
        press(m.window, "0001")
        press(m.window, "0002")
        press(m.window, "0003")
        compare(countdown.text, "Try again in 30 s")
        verify(countdown.visible)
        verify(!field.enabled)
        verify(!findChild(page, "okButton").enabled)
        tryCompare(countdown, "text", "Try again in 29 s", 2500)  // counts down by itself
        verify(m.app.lock.locked)
    }

    function test_biometricButtonOnlyWhereAvailableAndEnabled() {
        const m = openLocked(true)
        verify(m.app.lock.biometricAvailable)
        m.app.lock.lockNow()
        tryVerify(() => findChild(m.window.contentItem, "lockPage") !== null)
        const button = findChild(m.window.contentItem, "biometricButton")
        verify(!button.visible)  // available, but not switched on in Settings
        m.app.lock.biometricEnabled = true  // loosens the lock: refused without the PIN
        verify(!button.visible)
        compare(m.app.lock.setBiometricEnabledWithPin(true, "4826"), "")
        verify(button.visible)
        mouseClick(button)
        tryVerify(() => !m.app.lock.locked)
    }
}
