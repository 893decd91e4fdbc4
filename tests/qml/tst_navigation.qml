import QtQuick
import QtTest
import SoftToken
import "add_token.js" as AddToken

// Navigation on its own (open, back, close, replaceHome, sheets) and Main.qml as its host:
// nothing beyond the start screen exists before it is needed, and every page opens with the
// narrow view models it takes.
TestCase {
    id: testCase
    name: "Navigation"
    when: windowShown

    // Windows go before their controllers (see tst_main.qml).
    property var hosts: []
    function cleanup() {
        while (hosts.length > 0)
            hosts.pop().destroy()
    }

    Component { id: navigationComponent; Navigation {} }
    Component { id: controllerComponent; AppController {} }
    Component { id: mainComponent; Main {} }
    Component { id: spyComponent; SignalSpy {} }

    function spy(target, signalName) {
        return createTemporaryObject(spyComponent, testCase, { target: target, signalName: signalName })
    }

    function test_openBackAndClose() {
        const nav = createTemporaryObject(navigationComponent, testCase)
        const pushed = spy(nav, "pushed")
        const popped = spy(nav, "popped")
        compare(nav.current, Navigation.Home)
        compare(nav.depth, 0)
        nav.back()  // nothing to close on the home screen
        compare(popped.count, 0)

        nav.open(Navigation.Settings)
        nav.open(Navigation.ClockCheck)
        compare(nav.depth, 2)
        compare(nav.current, Navigation.ClockCheck)
        compare(pushed.count, 2)
        compare(pushed.signalArguments[1][0], Navigation.ClockCheck)
        nav.close(Navigation.Settings)  // not on top: stays
        compare(nav.depth, 2)
        nav.back()
        compare(nav.current, Navigation.Settings)
        compare(popped.signalArguments[0][0], 1)

        nav.open(Navigation.Token, { tokenId: 7 })
        compare(nav.pageAt(1), Navigation.Token)
        compare(nav.propertiesAt(1).tokenId, 7)
        compare(pushed.signalArguments[2][1].tokenId, 7)
        nav.backToHome()
        compare(nav.depth, 0)
        compare(popped.signalArguments[1][0], 2)
        nav.open(Navigation.Settings)
        nav.open(Navigation.Home)  // the same as backToHome()
        compare(nav.depth, 0)
    }

    function test_sheetsAndDialogsAreNotStacked() {
        const nav = createTemporaryObject(navigationComponent, testCase)
        const shown = spy(nav, "shown")
        nav.open(Navigation.ConfirmToken)
        nav.open(Navigation.PickImage)
        compare(nav.depth, 0)
        compare(shown.count, 2)
        compare(shown.signalArguments[0][0], Navigation.ConfirmToken)
        compare(shown.signalArguments[1][0], Navigation.PickImage)
    }

    function test_replaceHomeAndMessages() {
        const nav = createTemporaryObject(navigationComponent, testCase)
        const changed = spy(nav, "homeChanged")
        const messages = spy(nav, "messageShown")
        nav.replaceHome(Navigation.TokenList)
        compare(nav.home, Navigation.TokenList)
        nav.replaceHome(Navigation.TokenList)
        compare(changed.count, 1)
        nav.showMessage("")  // nothing to say
        nav.showMessage("Saved")
        compare(messages.count, 1)
        compare(messages.signalArguments[0][0], "Saved")
        compare(messages.signalArguments[0][1], "")
    }

    function openMainWithOneToken() {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        compare(AddToken.add(app.addToken, "ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", { digits: 8 }), "")
        const window = createTemporaryObject(mainComponent, testCase, { app: app })
        verify(window)
        hosts.push(window)
        waitForRendering(window.contentItem)
        return { app: app, window: window }
    }

    // The start screen with one token needs no page stack, so no Qt Quick Controls
    // (docs/ui.md, Performance): the first page creates it.
    function test_pagesAreCreatedWhenOpened() {
        const m = openMainWithOneToken()
        compare(m.app.navigation.home, Navigation.OneToken)
        verify(findChild(m.window, "stack") === null)
        verify(findChild(m.window, "appMenu") === null)
        m.app.navigation.open(Navigation.About)
        const stack = findChild(m.window, "stack")
        verify(stack)
        tryVerify(() => stack.depth === 2 && !stack.busy)
        compare(stack.currentItem.title, "About")
        compare(stack.currentItem.version, m.app.version)
        mouseClick(findChild(m.window, "backButton"))
        compare(m.app.navigation.depth, 0)
        tryCompare(stack, "depth", 1)
    }

    function test_everyPageOpensWithItsViewModels_data() {
        return [
            { tag: "scan", page: Navigation.Scan, title: "Scan QR code" },
            { tag: "manual", page: Navigation.ManualEntry, title: "Enter key manually" },
            { tag: "import/export", page: Navigation.ImportExport, title: "Import / Export" },
            { tag: "preview", page: Navigation.ImportPreview, title: "Import preview" },
            { tag: "export", page: Navigation.Export, title: "Export" },
            { tag: "export QR", page: Navigation.ExportQr, title: "QR codes" },
            { tag: "settings", page: Navigation.Settings, title: "Settings" },
            { tag: "clock", page: Navigation.ClockCheck, title: "Check clock" },
            { tag: "about", page: Navigation.About, title: "About" },
            { tag: "token", page: Navigation.Token, title: "ACME" },
            { tag: "passphrase", page: Navigation.Passphrase, title: "Enter your passphrase" },
        ]
    }

    function test_everyPageOpensWithItsViewModels(data) {
        // A required property Main.qml does not set would fail the push with this warning.
        failOnWarning(/Required property/)
        const m = openMainWithOneToken()
        const properties = data.page === Navigation.Token
                ? { tokenId: m.app.tokens.data(m.app.tokens.index(0, 0), TokenListModel.IdRole) } : {}
        m.app.navigation.open(data.page, properties)
        tryVerify(() => findChild(m.window, "stack") !== null)
        const stack = findChild(m.window, "stack")
        tryVerify(() => stack.depth === 2 && !stack.busy)
        compare(stack.currentItem.title, data.title)
        m.app.navigation.back()
        tryCompare(stack, "depth", 1)
    }
}
