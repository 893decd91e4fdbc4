import QtQuick
import QtTest
import SoftToken

// Settings → Check clock, against a fake time server on 127.0.0.1 (never the
// internet): consent first, busy, result, apply / remove the correction, errors.
TestCase {
    id: testCase
    name: "ClockCheckPage"
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
            ClockCheckPage { id: page; anchors.fill: parent; app: host.app }
        }
    }

    function openPage(shiftSeconds, silent) {
        const app = createTemporaryObject(controllerComponent, testCase)
        const before = protectionsFixture.requests()
        protectionsFixture.localTimeServer(app, shiftSeconds, silent)
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
        verify(host)
        hosts.push(host)
        waitForRendering(host.contentItem)
        tryVerify(() => host.active)
        const page = host.page
        return {
            app: app, page: page, before: before,
            server: findChild(page, "serverField"),
            check: findChild(page, "checkButton"),
            result: findChild(page, "resultLabel"),
            error: findChild(page, "errorLabel"),
            apply: findChild(page, "applyButton"),
            correction: findChild(page, "correctionLabel"),
            remove: findChild(page, "removeCorrectionButton"),
        }
    }
    function useLocalServer(p) {
        p.server.selectAll()
        mouseClick(p.server)
        p.server.selectAll()
        keyClick(Qt.Key_Delete)
        const host = "127.0.0.1"
        for (let i = 0; i < host.length; ++i)
            keyClick(host[i])
    }

    function test_nothingIsSentBeforeCheckNow() {
        const p = openPage(120, false)
        compare(p.server.text, "pool.ntp.org")
        verify(findChild(p.page, "consent").text.indexOf("Only when you tap “Check now”") === 0)
        wait(200)
        compare(protectionsFixture.requests(), p.before)
        verify(!p.result.visible)
        verify(!p.apply.visible)
        verify(!p.remove.visible)
        compare(p.correction.text, "No correction is in use: codes follow the device clock.")
    }

    function test_checkThenApplyAndRemoveTheCorrection() {
        const p = openPage(120, false)
        useLocalServer(p)
        mouseClick(p.check)
        compare(p.app.clockCheck.server, "127.0.0.1")
        verify(p.app.clockCheck.busy)
        verify(findChild(p.page, "busyIndicator").running)
        verify(!p.check.enabled)
        tryVerify(() => !p.app.clockCheck.busy, 5000)
        compare(p.error.text, "")
        compare(p.result.text, "Your clock is off by 120 s: it is slow.")
        verify(p.result.visible)
        verify(p.apply.visible)

        mouseClick(p.apply)
        compare(p.app.clock.correctionSeconds, 120)
        verify(!p.app.clock.testClock)  // a correction is not a tester's clock
        compare(p.correction.text, "Codes use a correction of +120 s.")
        verify(!p.apply.visible)  // applied already
        verify(p.remove.visible)

        mouseClick(p.remove)
        compare(p.app.clock.correctionSeconds, 0)
        verify(!p.remove.visible)
        verify(p.apply.visible)
    }

    function test_aServerThatDoesNotAnswer() {
        const p = openPage(0, true)
        useLocalServer(p)
        mouseClick(p.check)
        tryVerify(() => !p.app.clockCheck.busy, 5000)
        compare(p.error.text, "The time server did not answer in time. Try again later.")
        verify(p.error.visible)
        verify(!p.result.visible)
        verify(!p.apply.visible)
    }
}
