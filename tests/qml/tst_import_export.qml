import QtQuick
import QtQuick.Controls
import QtTest
import SoftToken

// The import preview (lists what was found, Import stores, Cancel does not) and the
// export page (warning for unencrypted formats only, explicit confirmation, QR codes in turn).
TestCase {
    id: testCase
    name: "ImportExport"
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
    Component { id: previewComponent; ImportPreviewPage {} }
    Component { id: exportComponent; ExportPage {} }
    Component {
        id: hostComponent
        ApplicationWindow {
            property alias stack: stack
            width: 390
            height: 844
            visible: true
            StackView { id: stack; anchors.fill: parent }
        }
    }

    readonly property string rfcKey: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

    function controllerWithAcme() {
        const app = createTemporaryObject(controllerComponent, testCase)
        app.clock.setFakeTime(59)
        app.clock.frozen = true
        compare(app.offerManual("ACME", "user", rfcKey, false, "SHA1", 6, 30, 0, ""), "")
        compare(app.confirmPending(), "")
        compare(app.tokens.count, 1)
        return app
    }

    function show(component, app) {
        const host = createTemporaryObject(hostComponent, testCase)
        verify(host)
        hosts.push(host)
        tryVerify(() => host.active)
        const page = host.stack.push(component, { app: app })
        verify(page)
        waitForItemPolished(page)
        wait(50)
        return page
    }

    function openFileAndWait(app, text) {
        const url = importFixture.writeFile("export.txt", text)
        verify(url.toString() !== "")
        app.importFlow.openFile(url)
        tryCompare(app.importFlow, "state", ImportFlow.Preview, 10000)
    }

    readonly property string fileWithDuplicate:
        "otpauth://totp/ACME:user?secret=" + rfcKey + "&issuer=ACME\n"
        + "otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank\n"
        + "otpauth://hotp/Mail:hana?secret=MFRGGZDFMZTWQ2LK&issuer=Mail&counter=5\n"
        + "otpauth://totp/Old:x?secret=ORSXG5BAMFRGGZDF&issuer=Old&algorithm=MD5\n"

    function test_previewListsWhatWasFoundAndImportStoresTheNewTokens() {
        const app = controllerWithAcme()
        openFileAndWait(app, fileWithDuplicate)
        const page = show(previewComponent, app)
        compare(findChild(page, "foundLabel").text, "3 tokens found")
        verify(findChild(page, "summaryLabel").text.indexOf("1 already saved") >= 0)
        const list = findChild(page, "previewList")
        compare(list.count, 4)  // 3 tokens + 1 unsupported entry
        const importButton = findChild(page, "importTokensButton")
        compare(importButton.text, "Import 2 tokens")
        compare(app.tokens.count, 1, "the preview stores nothing")

        mouseClick(importButton)
        compare(app.tokens.count, 3)
        compare(app.importFlow.state, ImportFlow.Idle)
    }

    function test_previewCancelStoresNothing() {
        const app = controllerWithAcme()
        openFileAndWait(app, fileWithDuplicate)
        const page = show(previewComponent, app)
        mouseClick(findChild(page, "previewCancelButton"))
        compare(app.importFlow.state, ImportFlow.Idle)
        compare(app.tokens.count, 1)
    }

    function test_warningOnlyForUnencryptedFormats() {
        const app = controllerWithAcme()
        const page = show(exportComponent, app)
        const warning = findChild(page, "unencryptedWarning")
        compare(page.format, ExportFlow.SoftTokenBackup)
        verify(!warning.visible, "the encrypted backup needs no warning")
        for (const name of ["formatUris", "formatAegis", "formatGaQr", "formatTokenQr"]) {
            mouseClick(findChild(page, name))
            verify(warning.visible, name)
        }
        mouseClick(findChild(page, "formatBackup"))
        verify(!warning.visible)
    }

    function test_exportAsksForConfirmationWithTheWarning() {
        const app = controllerWithAcme()
        const page = show(exportComponent, app)
        mouseClick(findChild(page, "formatUris"))
        const dialog = page.confirmDialog
        verify(!dialog.visible)
        mouseClick(findChild(page, "exportButton"))
        tryVerify(() => dialog.opened)
        verify(findChild(dialog.contentItem, "confirmWarning").visible)
        verify(!app.exportFlow.busy, "nothing is written before the confirmation")
        dialog.reject()
        tryVerify(() => !dialog.visible)
        compare(findChild(page, "exportResult").text, "")
    }

    function test_backupConfirmationHasNoWarningAndChecksThePassphrase() {
        const app = controllerWithAcme()
        const page = show(exportComponent, app)
        const field = findChild(page, "backupPassphraseField")
        const repeat = findChild(page, "backupRepeatField")
        const button = findChild(page, "exportButton")
        verify(!button.enabled, "a passphrase is needed first")
        field.text = "short"
        repeat.text = "short"
        mouseClick(button)
        compare(findChild(page, "exportProblem").text,
                "The passphrase must have at least 8 characters.")
        verify(!page.confirmDialog.visible)
        compare(field.text, "", "the fields are cleared at once")

        field.text = "a long passphrase"
        repeat.text = "a long passphrase"
        mouseClick(button)
        tryVerify(() => page.confirmDialog.opened)
        verify(!findChild(page.confirmDialog.contentItem, "confirmWarning").visible)
        page.confirmDialog.reject()
    }

    function test_googleAuthenticatorCodesOneAfterAnother() {
        const app = controllerWithAcme()
        const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
        let text = ""
        for (let i = 0; i < 24; ++i)
            text += "otpauth://totp/Issuer" + i + ":u?secret=JBSWY3DPEHPK3PX" + alphabet[i]
                    + "&issuer=Issuer" + i + "\n"
        openFileAndWait(app, text)
        compare(app.importFlow.confirm(), "")
        compare(app.tokens.count, 25)

        const page = show(exportComponent, app)
        mouseClick(findChild(page, "formatGaQr"))
        mouseClick(findChild(page, "exportButton"))
        tryVerify(() => page.confirmDialog.opened)
        // No PIN set: the export says to set one first and shows nothing.
        mouseClick(findChild(page.confirmDialog.footer, "confirmExportButton"))
        verify(page.confirmDialog.visible)
        verify(findChild(page.confirmDialog.contentItem, "confirmPinError").text.indexOf("Set a PIN") >= 0)
        compare(app.exportFlow.qrCount, 0)
        protectionsFixture.cheapLock(app)
        compare(app.lock.setPin("", "2468", "2468"), "")
        findChild(page.confirmDialog.contentItem, "confirmPinField").text = "2468"
        mouseClick(findChild(page.confirmDialog.footer, "confirmExportButton"))
        tryVerify(() => page.StackView.view.currentItem !== page && !page.StackView.view.busy)
        const qrPage = page.StackView.view.currentItem
        waitForItemPolished(qrPage)
        verify(findChild(qrPage, "qrImage").hasImage)
        compare(findChild(qrPage, "qrPosition").text, "1 of 3")
        verify(!findChild(qrPage, "previousQrButton").enabled)
        // Under ASan the layout may still be settling: click the button once it is in place.
        // The confirmation is modal: until its exit transition ends, its overlay takes clicks.
        tryCompare(page.confirmDialog, "visible", false)
        const next = findChild(qrPage, "nextQrButton")
        tryVerify(() => next.enabled && next.visible && next.width > 0)
        waitForRendering(qrPage)
        mouseClick(next)
        tryCompare(findChild(qrPage, "qrPosition"), "text", "2 of 3")
        page.StackView.view.pop()
        tryCompare(app.exportFlow, "qrCount", 0)  // the pixels are dropped with the page
    }

    function test_withAnAppLockTheConfirmationAsksForThePin() {
        const app = controllerWithAcme()
        protectionsFixture.cheapLock(app)
        compare(app.lock.setPin("", "2468", "2468"), "")
        const page = show(exportComponent, app)
        mouseClick(findChild(page, "formatTokenQr"))
        mouseClick(findChild(page, "exportButton"))
        tryVerify(() => page.confirmDialog.opened)
        const pin = findChild(page.confirmDialog.contentItem, "confirmPinField")
        verify(pin.visible)
        pin.text = "1111"
        mouseClick(findChild(page.confirmDialog.footer, "confirmExportButton"))
        verify(page.confirmDialog.visible, "a wrong PIN keeps the confirmation open")
        verify(findChild(page.confirmDialog.contentItem, "confirmPinError").text !== "")
        compare(app.exportFlow.qrCount, 0)

        pin.text = "2468"
        mouseClick(findChild(page.confirmDialog.footer, "confirmExportButton"))
        tryVerify(() => !page.confirmDialog.visible)
        compare(app.exportFlow.qrCount, 1)
        tryVerify(() => !page.StackView.view.busy)
        page.StackView.view.pop()
    }
}
