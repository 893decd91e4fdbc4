import QtQuick
import QtTest
import SoftToken
import "add_token.js" as AddToken

// AddTokenFlow from QML: the typed details as one ManualEntry value, the pending token, the
// confirmation sheet it asks Navigation for, and Cancel.
TestCase {
    id: testCase
    name: "AddTokenFlow"
    when: windowShown

    property var hosts: []
    function cleanup() {
        while (hosts.length > 0)
            hosts.pop().destroy()
    }

    Component { id: controllerComponent; AppController {} }
    Component { id: mainComponent; Main {} }

    // A page may also keep the details in a property of this type.
    property manualEntry entry

    function controller() {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        return app
    }

    function test_manualEntryDefaultsAreTheUsualToken() {
        const app = controller()
        const e = app.addToken.manualEntry()
        compare(e.hotp, false)
        compare(e.algorithm, "SHA1")
        compare(e.digits, 6)
        compare(e.period, 30)
        compare(e.serial, "")
        compare(entry.digits, 6)
    }

    function test_offerChecksEachFieldThenShowsTheFirstCode() {
        const app = controller()
        const flow = app.addToken
        compare(flow.offerManual(AddToken.entry(flow, "", "", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", {})),
                "Enter the issuer or the account name.")
        verify(flow.offerManual(AddToken.entry(flow, "ACME", "", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                                               { digits: 12 })).indexOf("between 6 and 10") >= 0)
        verify(flow.offerManual(AddToken.entry(flow, "ACME", "", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                                               { algorithm: "MD5" })) !== "")
        verify(!flow.pending.valid)

        entry.issuer = "ACME"
        entry.account = "alice"
        entry.secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
        entry.digits = 8
        compare(flow.offerManual(entry), "")
        verify(flow.pending.valid)
        compare(flow.pending.issuer, "ACME")
        compare(flow.pending.firstCode, "9428 7082")
        compare(app.tokens.count, 0)  // nothing saved before the confirmation
        compare(flow.confirmPending(AddTokenFlow.AddNew), "")
        compare(app.tokens.count, 1)
        verify(!flow.pending.valid)
    }

    function test_hotpCounterAndSerialArrive() {
        const app = controller()
        const flow = app.addToken
        compare(flow.offerManual(AddToken.entry(flow, "Bank", "me", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                                                { hotp: true, counter: 1, serial: "abcd-1234-5678" })), "")
        verify(flow.pending.isHotp)
        compare(flow.pending.firstCode, "287 082")  // RFC 4226 counter 1
        compare(flow.pending.serial, "ABCD 1234 5678")
    }

    // In the window: the flow opens the sheet; Cancel discards the token, Add saves it and says so.
    function test_sheetCancelDiscardsAndAddSaves() {
        const app = controller()
        const window = createTemporaryObject(mainComponent, testCase, { app: app })
        hosts.push(window)
        waitForRendering(window.contentItem)
        const flow = app.addToken
        compare(flow.offerManual(AddToken.entry(flow, "ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", {})), "")
        tryVerify(() => findChild(window, "confirmSheet") !== null)
        const sheet = findChild(window, "confirmSheet")
        tryCompare(sheet, "opened", true)
        mouseClick(findChild(sheet, "cancelAddButton"))
        tryCompare(sheet, "opened", false)
        verify(!flow.pending.valid)
        compare(app.tokens.count, 0)

        compare(flow.offerManual(AddToken.entry(flow, "ACME", "alice", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", {})), "")
        tryCompare(sheet, "opened", true)
        mouseClick(findChild(sheet, "addButton"))
        tryCompare(sheet, "opened", false)
        compare(app.tokens.count, 1)
        tryVerify(() => findChild(window, "snackbar") !== null)
        compare(findChild(window, "snackbar").text, "Token added")
    }
}
