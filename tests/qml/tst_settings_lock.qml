import QtQuick
import QtTest
import SoftToken

// Settings → App lock: set a PIN (typed twice), change it, remove it (current PIN).
TestCase {
    id: testCase
    name: "SettingsLock"
    when: windowShown

    // In the app the QML engine, and so every page, goes before the AppController
    // (RunningApp). Temporary objects are destroyed in the order they were made, controller
    // first, and the page's bindings would read the dead controller ("… of null"): the windows
    // go first here too.
    property var hosts: []
    function cleanup() {
        while (hosts.length > 0)
            hosts.pop().destroy()
    }

    Component { id: controllerComponent; AppController {} }
    Component {
        id: pageComponent
        Window {
            id: host
            required property AppController app
            property alias page: page
            width: 390
            height: 844
            visible: true
            SettingsPage { id: page; anchors.fill: parent; app: host.app }
        }
    }

    function openSettings() {
        const app = createTemporaryObject(controllerComponent, testCase)
        protectionsFixture.cheapLock(app)
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
        verify(host)
        hosts.push(host)
        waitForRendering(host.contentItem)
        tryVerify(() => host.active)
        return { app: app, page: host.page, dialog: findChild(host.page, "pinDialog") }
    }
    function type(field, text) {
        mouseClick(field)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }
    function fill(dialog, current, pin, repeat) {
        const c = findChild(dialog.contentItem, "currentPinField")
        if (c.visible)
            type(c, current)
        const n = findChild(dialog.contentItem, "newPinField")
        if (n.visible) {
            type(n, pin)
            type(findChild(dialog.contentItem, "repeatPinField"), repeat)
        }
        mouseClick(findChild(dialog.contentItem, "pinOkButton"))
    }

    function test_setChangeAndRemoveThePin() {
        const s = openSettings()
        const status = findChild(s.page, "lockStatus")
        verify(status.text.indexOf("Off") === 0)
        verify(!findChild(s.page, "relockBox").visible)

        mouseClick(findChild(s.page, "setPinButton"))
        tryVerify(() => s.dialog.opened)
        const error = findChild(s.dialog.contentItem, "pinErrorLabel")
        verify(!findChild(s.dialog.contentItem, "currentPinField").visible)
        fill(s.dialog, "", "12", "12")
        compare(error.text, "A PIN has 4 to 16 digits.")
        compare(findChild(s.dialog.contentItem, "newPinField").text, "")  // cleared each time
        fill(s.dialog, "", "4826", "4827")
        compare(error.text, "The two PINs are not the same.")
        verify(!s.app.lock.enabled)
        fill(s.dialog, "", "4826", "4826")
        tryVerify(() => !s.dialog.visible)
        verify(s.app.lock.enabled)
        verify(!s.app.lock.locked)
        verify(status.text.indexOf("On") === 0)
        verify(findChild(s.page, "relockBox").visible)

        // Lock after N minutes: "Immediately" is 0.
        const relock = findChild(s.page, "relockBox")
        compare(relock.currentIndex, 1)  // default: 1 minute
        relock.currentIndex = 0
        relock.activated(0)
        compare(s.app.lock.relockMinutes, 0)
        // A longer delay loosens the lock: only with the PIN.
        relock.currentIndex = 4
        relock.activated(4)
        tryVerify(() => s.dialog.opened)
        compare(s.app.lock.relockMinutes, 0)
        compare(relock.currentIndex, 0)
        verify(!findChild(s.dialog.contentItem, "newPinField").visible)
        fill(s.dialog, "1111", "", "")
        verify(error.text.indexOf("Wrong PIN.") === 0, error.text)
        compare(s.app.lock.relockMinutes, 0)
        fill(s.dialog, "4826", "", "")
        tryVerify(() => !s.dialog.visible)
        compare(s.app.lock.relockMinutes, 60)
        compare(relock.currentIndex, 4)
        relock.currentIndex = 0
        relock.activated(0)
        compare(s.app.lock.relockMinutes, 0)

        // Change: the current PIN must be right.
        mouseClick(findChild(s.page, "changePinButton"))
        tryVerify(() => s.dialog.opened)
        verify(findChild(s.dialog.contentItem, "currentPinField").visible)
        fill(s.dialog, "1111", "5555", "5555")
        verify(error.text.indexOf("Wrong PIN.") === 0, error.text)
        fill(s.dialog, "4826", "5555", "5555")
        tryVerify(() => !s.dialog.visible)
        verify(!s.app.lock.verifyPin("4826"))
        verify(s.app.lock.verifyPin("5555"))

        // Remove: needs the current PIN; no new-PIN fields.
        mouseClick(findChild(s.page, "removePinButton"))
        tryVerify(() => s.dialog.opened)
        verify(!findChild(s.dialog.contentItem, "newPinField").visible)
        fill(s.dialog, "4826", "", "")
        verify(error.text.indexOf("Wrong PIN.") === 0, error.text)
        verify(s.app.lock.enabled)
        fill(s.dialog, "5555", "", "")
        tryVerify(() => !s.dialog.visible)
        verify(!s.app.lock.enabled)
        verify(findChild(s.page, "setPinButton").visible)
    }

    // Changing the language on this page retranslates the choices; the selections must stay.
    function test_choicesSurviveALanguageChange() {
        const s = openSettings()
        compare(s.app.lock.setPin("", "4826", "4826"), "")
        compare(s.app.lock.setRelockMinutesWithPin(15, "4826"), "")
        s.app.settings.clipboardClearSeconds = 60
        const relock = findChild(s.page, "relockBox")
        const clipboard = findChild(s.page, "clipboardBox")
        compare(relock.currentIndex, 3)
        compare(clipboard.currentIndex, 3)
        s.app.settings.language = "ja"
        compare(relock.displayText, "15分後")
        compare(relock.currentIndex, 3)
        compare(clipboard.currentIndex, 3)
        compare(clipboard.displayText, "1分後")
        s.app.settings.language = "en"
        compare(relock.displayText, "After 15 minutes")

        // The list offers every choice, labelled.
        relock.popup.open()
        tryVerify(() => relock.popup.opened)
        const labels = []
        for (let i = 0; i < relock.count; ++i)
            labels.push(relock.popup.contentItem.itemAtIndex(i).text)
        compare(labels.join("|"), "Immediately|After 1 minute|After 5 minutes|After 15 minutes|After 1 hour")
        mouseClick(relock.popup.contentItem.itemAtIndex(1))
        compare(s.app.lock.relockMinutes, 1)
    }
}
