import QtQuick
import QtTest
import SoftToken
import "add_token.js" as AddToken

TestCase {
    id: testCase
    name: "TokenListPage"
    when: windowShown
    width: 390
    height: 844

    // In the app the QML engine, and so every page, goes before the AppController
    // (RunningApp). Temporary objects are destroyed in the order they were made, controller
    // first, and the page's bindings would read the dead controller ("… of null"): the windows
    // go first here too.
    property var hosts: []
    // The page's dialogs once had a binding loop on implicitHeight while the window was laid
    // out; none of these tests may bring one back.
    function init() {
        failOnWarning(/Binding loop detected/)
    }
    function cleanup() {
        while (hosts.length > 0)
            hosts.pop().destroy()
    }

    Component { id: controllerComponent; AppController {} }
    Component { id: spyComponent; SignalSpy {} }
    function hostPage(app) {
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
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
            property alias page: page
            width: 390
            height: 844
            visible: true
            TokenListPage {
                id: page
                anchors.fill: parent
                tokens: host.app?.tokens ?? null
                settings: host.app?.settings ?? null
                clipboard: host.app?.clipboard ?? null
                navigation: host.app?.navigation ?? null
            }
        }
    }

    function controllerWith(names) {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        const secrets = ["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "JBSWY3DPEHPK3PXP", "KRUGS4ZANFZSA5DIMUQGC3LB"]
        for (let i = 0; i < names.length; ++i) {
            compare(AddToken.add(app.addToken, names[i], "user" + i, secrets[i], {}), "")
        }
        return app
    }

    function test_searchFiltersTheList() {
        const app = controllerWith(["Mizuho", "Resona", "Sony Bank"])
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        tryCompare(list, "count", 3)
        findChild(page, "searchField").text = "reso"
        tryCompare(list, "count", 1)
        findChild(page, "searchField").text = "USER2"
        tryCompare(list, "count", 1)
        findChild(page, "searchField").text = ""
        tryCompare(list, "count", 3)
    }

    function test_deleteAsksFirstAndCanBeUndone() {
        const app = controllerWith(["Mizuho", "Resona"])
        const page = hostPage(app)
        const dialog = findChild(page, "deleteDialog")
        const id = app.tokens.data(app.tokens.index(0, 0), 257)  // TokenListModel::IdRole
        dialog.ask(id, "Mizuho")
        tryCompare(dialog, "opened", true)
        compare(app.tokens.count, 2)  // nothing deleted before confirming
        const messages = createTemporaryObject(spyComponent, testCase,
                                               { target: app.navigation, signalName: "messageShown" })
        mouseClick(findChild(dialog, "confirmDeleteButton"))
        tryCompare(app.tokens, "count", 1)
        verify(app.tokens.canUndoRemove)
        compare(messages.count, 1)
        compare(messages.signalArguments[0][0], "“Mizuho” deleted")
        compare(messages.signalArguments[0][1], "Undo")
        app.navigation.triggerMessageAction()  // the snackbar's Undo
        compare(app.tokens.count, 2)
    }

    function test_renameAsksForANameAndSaves() {
        const app = controllerWith(["Mizuho", "Resona"])
        const page = hostPage(app)
        const dialog = findChild(page, "renameDialog")
        const id = app.tokens.data(app.tokens.index(1, 0), 257)  // TokenListModel::IdRole
        dialog.ask(id, "Resona", "user1")
        tryCompare(dialog, "opened", true)
        const issuer = findChild(dialog.contentItem, "renameIssuerField")
        const account = findChild(dialog.contentItem, "renameAccountField")
        const error = findChild(dialog.contentItem, "renameError")
        const save = findChild(dialog.footer, "saveRenameButton")
        compare(issuer.text, "Resona")
        compare(account.text, "user1")
        verify(!error.visible)

        issuer.text = " "
        account.text = ""
        mouseClick(save)
        compare(error.text, "Enter an issuer or an account name.")
        verify(error.visible)
        verify(dialog.visible, "a refused name keeps the dialog open")
        waitForItemPolished(dialog.contentItem)

        issuer.text = "Resona Bank"
        mouseClick(save)
        tryCompare(dialog, "visible", false)
        compare(app.tokens.data(app.tokens.index(1, 0), 258), "Resona Bank")  // IssuerRole
    }

    function test_rowsNameTheirCodeDigitByDigit() {
        const app = controllerWith(["Mizuho"])
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        tryCompare(list, "count", 1)
        const row = list.itemAtIndex(0)
        verify(row.Accessible.name.indexOf("2 8 7 0 8 2") >= 0, row.Accessible.name)
    }

    function issuersInModelOrder(app) {
        const names = []
        for (let i = 0; i < app.tokens.count; ++i)
            names.push(app.tokens.data(app.tokens.index(i, 0), 258))  // TokenListModel::IssuerRole
        return names.join(",")
    }

    // Presses the row's ⠿ handle and drags it by `rows` row heights in small steps, in list
    // coordinates (the handle itself moves with the row).
    function dragRow(list, index, rows) {
        const row = list.itemAtIndex(index)
        const handle = findChild(row, "dragHandle")
        verify(handle.visible)
        const p = handle.mapToItem(list, handle.width / 2, handle.height / 2)
        const distance = rows * row.height
        mousePress(list, p.x, p.y)
        for (let step = 1; step <= 8; ++step)
            mouseMove(list, p.x, p.y + distance * step / 8)
        verify(row.dragging)
        // The row follows the finger before anything is saved.
        verify(Math.abs(row.y - (index * row.height + distance)) < row.height / 2, row.y)
        // A line shows where it will land, only if it would move.
        compare(findChild(list, "dropMarker").visible, Math.round(rows) !== 0)
        mouseRelease(list, p.x, p.y + distance)
        verify(!findChild(list, "dropMarker").visible)
    }

    function test_dragMovesARowAndSavesOnce() {
        const app = controllerWith(["Mizuho", "Resona", "Sony Bank"])
        storeFixture.countSaves(app)
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        tryCompare(list, "count", 3)
        compare(storeFixture.saves(), 0)

        dragRow(list, 0, 2)
        compare(issuersInModelOrder(app), "Resona,Sony Bank,Mizuho")
        compare(storeFixture.saves(), 1)
        tryVerify(() => list.itemAtIndex(2) && list.itemAtIndex(2).issuer === "Mizuho")

        dragRow(list, 2, -1)
        compare(issuersInModelOrder(app), "Resona,Mizuho,Sony Bank")
        compare(storeFixture.saves(), 2)
    }

    function test_aShortDragMovesNothingAndSavesNothing() {
        const app = controllerWith(["Mizuho", "Resona"])
        storeFixture.countSaves(app)
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        tryCompare(list, "count", 2)
        dragRow(list, 0, 0.3)
        compare(issuersInModelOrder(app), "Mizuho,Resona")
        compare(storeFixture.saves(), 0)
        tryCompare(list.itemAtIndex(0), "y", 0)
    }

    function test_noDragHandleWhileSearching() {
        const app = controllerWith(["Mizuho", "Resona"])
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        findChild(page, "searchField").text = "m"
        tryCompare(list, "count", 1)
        verify(!findChild(list.itemAtIndex(0), "dragHandle").visible)
    }
}
