import QtQuick
import QtQuick.Controls
import QtTest
import SoftToken

// The scan page without the camera permission (a fake phone permission): rationale and
// "Allow camera", or the way to the system settings once refused for good; the image and paste
// fallbacks stay.
TestCase {
    id: testCase
    name: "ScanPermission"
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
            ScanPage { id: page; anchors.fill: parent; app: host.app }
        }
    }

    function openScan(fake, grantOnRequest, rationaleAfterRefusal) {
        const app = createTemporaryObject(controllerComponent, testCase)
        if (fake)
            protectionsFixture.fakeCamera(app, grantOnRequest, rationaleAfterRefusal)
        const host = createTemporaryObject(pageComponent, testCase, { app: app })
        verify(host)
        hosts.push(host)
        waitForRendering(host.contentItem)
        tryVerify(() => host.active)
        return {
            app: app, page: host.page,
            panel: findChild(host.page, "permissionPanel"),
            text: findChild(host.page, "permissionText"),
            allow: findChild(host.page, "allowCameraButton"),
        }
    }
    function fallbacksShown(page) {
        const labels = []
        function walk(item) {
            if (!item || !item.visible)
                return
            if (item instanceof Button)
                labels.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(page)
        return labels.indexOf("Import image") >= 0 && labels.indexOf("Paste from clipboard") >= 0
               && labels.indexOf("Enter key manually") >= 0
    }

    function test_desktopShowsNoPermissionPanel() {
        const s = openScan(false)
        verify(s.app.camera.granted)
        verify(!s.panel.visible)
    }

    function test_rationaleThenAllow() {
        const s = openScan(true, true, false)
        verify(s.panel.visible)
        verify(s.text.text.indexOf("only to read the QR code") >= 0, s.text.text)
        verify(s.allow.visible)
        verify(fallbacksShown(s.page))
        mouseClick(s.allow)
        verify(s.app.camera.granted)
        verify(!s.panel.visible)
    }

    function test_refusedForGoodExplainsTheSettings() {
        const s = openScan(true, false, true)
        mouseClick(s.allow)
        verify(!s.app.camera.granted)
        verify(s.allow.visible)  // refused once: may ask again
        protectionsFixture.fakeCamera(s.app, false, false)
        s.app.camera.request()  // the first request of this backend
        s.app.camera.request()  // "don't ask again" was ticked
        verify(s.panel.visible)
        verify(!s.allow.visible)
        verify(s.text.text.indexOf("system settings") >= 0, s.text.text)
        verify(fallbacksShown(s.page))
        // Translated in C++, still follows a language change.
        s.app.settings.language = "ja"
        verify(s.text.text.indexOf("system settings") < 0)
        verify(s.text.text.indexOf("SoftToken") === 0)
        s.app.settings.language = "en"
        verify(s.text.text.indexOf("system settings") >= 0)
    }
}
