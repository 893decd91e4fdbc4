import QtQuick
import QtTest
import SoftToken

TestCase {
    id: testCase
    name: "ManualEntryPage"
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
            ManualEntryPage { id: page; anchors.fill: parent; flow: host.app?.addToken ?? null }
        }
    }

    function openPage() {
        const app = createTemporaryObject(controllerComponent, testCase)
        const page = hostPage(app)
        return { app: app, page: page }
    }

    function test_typedDigitsThatCannotBeBase32AreRefused() {
        const p = openPage()
        const secret = findChild(p.page, "secretField")
        mouseClick(secret)
        keyClick(Qt.Key_J)
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_B)
        compare(secret.text, "jb")  // lower case is fine; "1" is not base32
    }

    function test_pastedBadKeyGetsASpecificMessage() {
        const p = openPage()
        const secret = findChild(p.page, "secretField")
        secret.text = "JBS1Y3DPEHPK3PXP"  // pasted: bypasses the key filter
        const problem = findChild(p.page, "secretProblem")
        verify(problem.text.indexOf("position 4") >= 0, problem.text)
        verify(!findChild(p.page, "checkButton").enabled)
    }

    function test_validEntryOpensTheConfirmation() {
        const p = openPage()
        findChild(p.page, "issuerField").text = "ACME"
        findChild(p.page, "secretField").text = "jbsw y3dp ehpk 3pxp"
        const check = findChild(p.page, "checkButton")
        tryCompare(check, "enabled", true)
        mouseClick(check)
        verify(p.app.addToken.pending.valid)
        compare(p.app.addToken.pending.issuer, "ACME")
        compare(findChild(p.page, "secretField").text, "")  // not kept in the field
    }

    function test_badSerialIsExplained() {
        const p = openPage()
        findChild(p.page, "issuerField").text = "ACME"
        findChild(p.page, "secretField").text = "JBSWY3DPEHPK3PXP"
        findChild(p.page, "advancedSwitch").checked = true
        findChild(p.page, "serialField").text = "12-AB"
        mouseClick(findChild(p.page, "checkButton"))
        const error = findChild(p.page, "formError")
        verify(error.visible)
        verify(error.text.indexOf("4 letters and 8 digits") >= 0, error.text)
        verify(!p.app.addToken.pending.valid)
    }
}
