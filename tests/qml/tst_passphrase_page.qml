import QtQuick
import QtTest
import SoftToken

// The vault passphrase page: create mode (no keystore answered) and unlock mode.
TestCase {
    id: testCase
    name: "PassphrasePage"
    when: windowShown
    width: 390
    height: 844

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
            PassphrasePage { id: page; anchors.fill: parent; prompt: host.app?.passphrase ?? null }
        }
    }

    function openPage(mode) {
        const app = createTemporaryObject(controllerComponent, testCase)
        if (mode === "create")
            passphraseFixture.createMode(app, "QtKeychain error 7: no D-Bus")
        else
            verify(passphraseFixture.unlockMode(app, "right passphrase"))
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
        verify(host)
        hosts.push(host)
        tryVerify(() => host.active)
        const page = host.page
        const submit = findChild(page, "submitButton")
        tryVerify(() => submit.x > 0 && submit.width > 0)  // laid out before clicks
        waitForItemPolished(page)
        wait(50)
        return {
            app: app, page: page,
            field: findChild(page, "passphraseField"),
            repeat: findChild(page, "repeatField"),
            submit: findChild(page, "submitButton"),
            cancel: findChild(page, "cancelButton"),
            error: findChild(page, "errorLabel"),
        }
    }

    function type(field, text) {
        mouseClick(field)
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_createModeExplainsWhyAndNamesEverything() {
        const p = openPage("create")
        compare(p.page.title, "Create a passphrase")
        verify(findChild(p.page, "explanation").text.indexOf("No device key store answered") >= 0)
        const detail = findChild(p.page, "detail")
        verify(detail.visible)
        compare(detail.text, "Details: QtKeychain error 7: no D-Bus")
        compare(findChild(p.page, "rule").text.indexOf("At least 8 characters"), 0)
        verify(p.repeat.visible)
        compare(p.field.echoMode, TextInput.Password)
        compare(p.repeat.echoMode, TextInput.Password)
        compare(p.field.Accessible.name, "Passphrase")
        compare(p.repeat.Accessible.name, "Passphrase again")
        compare(p.submit.Accessible.name, "Create passphrase")
        compare(p.cancel.Accessible.name, "Cancel")
        verify(!p.error.visible)
    }

    function test_createButtonNeedsBothFields() {
        const p = openPage("create")
        verify(!p.submit.enabled)
        type(p.field, "abc")
        verify(!p.submit.enabled)
        type(p.repeat, "a")
        verify(p.submit.enabled)
        verify(p.cancel.enabled)
    }

    function test_tooShortAndMismatchShowErrorsAndClearTheFields() {
        const p = openPage("create")
        type(p.field, "short")
        type(p.repeat, "short")
        mouseClick(p.submit)
        verify(p.error.visible)
        verify(p.error.text.indexOf("at least 8 characters") >= 0, p.error.text)
        compare(p.field.text, "")
        compare(p.repeat.text, "")
        verify(!p.submit.enabled)

        type(p.field, "long enough one")
        type(p.repeat, "long enough two")
        mouseClick(p.submit)
        compare(p.error.text, "The two passphrases do not match.")
        compare(p.field.text, "")
        compare(p.app.passphrase.mode, PassphrasePrompt.Create)
    }

    function test_createSucceedsAndTheAppCanAddTokens() {
        const p = openPage("create")
        type(p.field, "long enough")
        type(p.repeat, "long enough")
        mouseClick(p.submit)
        compare(p.field.text, "")
        tryCompare(p.app.passphrase, "mode", PassphrasePrompt.Hidden, 10000)
        verify(!p.app.passphrase.busy)
        compare(p.app.startupError, "")
    }

    function test_cancelClosesThePrompt() {
        const p = openPage("create")
        mouseClick(p.cancel)
        compare(p.app.passphrase.mode, PassphrasePrompt.Hidden)
    }

    function test_unlockModeWrongThenRight() {
        const p = openPage("unlock")
        compare(p.page.title, "Enter your passphrase")
        verify(!p.repeat.visible)
        verify(!findChild(p.page, "detail").visible)
        verify(!findChild(p.page, "rule").visible)
        compare(p.submit.text, "Unlock")
        verify(!p.submit.enabled)

        type(p.field, "wrong one")
        verify(p.submit.enabled)
        mouseClick(p.submit)
        compare(p.field.text, "")
        tryCompare(p.error, "text", "Wrong passphrase, or the saved tokens were tampered with.", 10000)
        verify(p.error.visible)
        compare(p.app.passphrase.mode, PassphrasePrompt.Unlock)

        type(p.field, "right passphrase")
        keyClick(Qt.Key_Return)
        tryCompare(p.app.passphrase, "mode", PassphrasePrompt.Hidden, 10000)
        compare(p.app.startupError, "")
    }
}
