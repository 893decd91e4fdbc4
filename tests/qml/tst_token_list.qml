import QtQuick
import QtTest
import SoftToken

TestCase {
    id: testCase
    name: "TokenListPage"
    when: windowShown
    width: 390
    height: 844

    Component { id: controllerComponent; AppController {} }
    function hostPage(app) {
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
        verify(host)
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
            TokenListPage { id: page; anchors.fill: parent; app: host.app }
        }
    }

    function controllerWith(names) {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        const secrets = ["GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "JBSWY3DPEHPK3PXP", "KRUGS4ZANFZSA5DIMUQGC3LB"]
        for (let i = 0; i < names.length; ++i) {
            compare(app.offerManual(names[i], "user" + i, secrets[i], false, "SHA1", 6, 30, 0, ""), "")
            compare(app.confirmPending(AppController.AddNew), "")
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
        mouseClick(findChild(dialog, "confirmDeleteButton"))
        tryCompare(app.tokens, "count", 1)
        verify(app.tokens.canUndoRemove)
        compare(app.tokens.undoRemove(), "")
        compare(app.tokens.count, 2)
    }

    function test_rowsNameTheirCodeDigitByDigit() {
        const app = controllerWith(["Mizuho"])
        const page = hostPage(app)
        const list = findChild(page, "tokenList")
        tryCompare(list, "count", 1)
        const row = list.itemAtIndex(0)
        verify(row.Accessible.name.indexOf("2 8 7 0 8 2") >= 0, row.Accessible.name)
    }
}
