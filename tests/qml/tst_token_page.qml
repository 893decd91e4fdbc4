import QtQuick
import QtTest
import SoftToken
import "add_token.js" as AddToken

// The token screen bound to a real AppController with an in-memory store and a frozen fake
// clock at T = 59 s (RFC 6238: SHA1, 8 digits -> 94287082).
TestCase {
    id: testCase
    name: "TokenPage"
    when: windowShown
    width: 390
    height: 844

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
    // Pages live in their own window: items of the TestCase's window get no mouse events here.
    function hostPage(app, tokenId) {
        const host = createTemporaryObject(pageComponent, testCase, { app: app, tokenId: tokenId || 0 })
        verify(host)
        hosts.push(host)
        waitForRendering(host.contentItem)
        tryVerify(() => host.active)
        return host.page
    }

    Component {
        id: pageComponent
        Window {
            id: host
            required property AppController app
            property var tokenId: 0
            property alias page: page
            width: 390
            height: 844
            visible: true
            TokenPage {
                id: page
                anchors.fill: parent
                tokens: host.app?.tokens ?? null
                settings: host.app?.settings ?? null
                clipboard: host.app?.clipboard ?? null
                navigation: host.app?.navigation ?? null
                tokenId: host.tokenId
            }
        }
    }
    Component { id: spyComponent; SignalSpy {} }

    function controllerWithToken(hotp) {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        compare(AddToken.add(app.addToken, "ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                             { hotp: hotp, digits: hotp ? 6 : 8 }), "")
        compare(app.tokens.count, 1)
        return app
    }

    function test_showsTheCodeGroupedWithADigitByDigitName() {
        const app = controllerWithToken(false)
        const page = hostPage(app)
        const code = findChild(page, "codeView")
        verify(code)
        tryCompare(code, "text", "9428 7082")
        compare(code.Accessible.name, "One-time password: 9 4 2 8 7 0 8 2")
        const ring = findChild(page, "countdown")
        compare(ring.secondsRemaining, 1)
        verify(ring.visible)
        // 1 s left: the next code is shown (the setting is on by default)
        verify(findChild(page, "nextCodeLabel").visible)
    }

    function test_nextCodeOnlyInTheLastTenSeconds() {
        const app = controllerWithToken(false)
        const page = hostPage(app)
        tryVerify(() => findChild(page, "nextCodeLabel") !== null)  // 1 s left
        app.clock.setFakeTime(31)  // 29 s left: not even created (its font would load at start)
        tryVerify(() => findChild(page, "nextCodeLabel") === null)
        compare(findChild(page, "countdown").secondsRemaining, 29)
        app.clock.setFakeTime(50)  // 10 s left
        tryVerify(() => findChild(page, "nextCodeLabel") !== null)
        verify(/^Next: \d{4} \d{4}$/.test(findChild(page, "nextCodeLabel").text))
    }

    function test_registrationModeShowsTheSerialWithTheCode() {
        const app = controllerWithToken(false)
        const page = hostPage(app)
        const serialFrame = findChild(page, "serialFrame")
        verify(!serialFrame.visible)
        app.settings.registrationMode = true
        verify(serialFrame.visible)
        const serial = findChild(page, "serialView")
        verify(/^[A-Z]{4} [0-9]{4} [0-9]{4}$/.test(serial.text), serial.text)
        compare(serial.Accessible.name.indexOf("Serial number: "), 0)
        verify(findChild(page, "codeView").visible)
        mouseClick(findChild(page, "copySerialButton"))
        compare(app.clipboard.lastCopied(), serial.text.replace(/ /g, ""))
    }

    function test_copyButtonAndTapCopyTheCode() {
        const app = controllerWithToken(false)
        const page = hostPage(app)
        mouseClick(findChild(page, "copyCodeButton"))
        compare(app.clipboard.lastCopied(), "94287082")

        app.clipboard.copyText("x")
        mouseClick(findChild(page, "codeView"))
        compare(app.clipboard.lastCopied(), "94287082")

        app.settings.tapToCopy = false
        app.clipboard.copyText("x")
        mouseClick(findChild(page, "codeView"))
        compare(app.clipboard.lastCopied(), "x")
    }

    function test_hotpNextCodeButtonAdvancesTheCounter() {
        const app = controllerWithToken(true)
        const page = hostPage(app)
        const code = findChild(page, "codeView")
        tryCompare(code, "text", "755 224")  // RFC 4226 counter 0
        verify(!findChild(page, "countdown").visible)
        mouseClick(findChild(page, "nextHotpButton"))
        tryCompare(code, "text", "287 082")  // counter 1
    }

    // Opened from the list: that token (not the first), its issuer as the title; gone when it
    // is deleted, back with Undo.
    function test_showsTheTokenOpenedFromTheList() {
        const app = controllerWithToken(false)
        compare(AddToken.add(app.addToken, "Other Bank", "bob", "JBSWY3DPEHPK3PXP", {}), "")
        compare(app.tokens.count, 2)
        const otherId = app.tokens.data(app.tokens.index(1, 0), TokenListModel.IdRole)
        const page = hostPage(app, otherId)
        compare(page.title, "Other Bank")
        const code = findChild(page, "codeView")
        tryCompare(code, "text", app.tokens.data(app.tokens.index(1, 0), TokenListModel.GroupedCodeRole))
        verify(code.text !== "9428 7082")  // not the first token's code

        compare(app.tokens.remove(otherId), "")
        compare(page.title, "SoftToken")
        verify(!code.visible)
        compare(app.tokens.undoRemove(), "")
        compare(page.title, "Other Bank")
        verify(code.visible)
    }

    function test_idleScreenRepaintsAtMostAboutOnceASecond() {
        const app = controllerWithToken(false)
        app.clock.setFakeTime(1700000000)
        app.clock.frozen = false
        const page = hostPage(app)
        waitForRendering(page)
        const spy = createTemporaryObject(spyComponent, testCase,
                                          { target: page.Window.window, signalName: "frameSwapped" })
        wait(3000)
        verify(spy.count >= 2, "the countdown should move: " + spy.count + " frames")
        verify(spy.count <= 7, "too many frames for 3 s of idle: " + spy.count)
    }
}
