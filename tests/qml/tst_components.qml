import QtQuick
import QtTest
import SoftToken

TestCase {
    id: testCase
    name: "Components"
    when: windowShown
    width: 390
    height: 844

    Component {
        id: codeViewComponent
        Window {
            property alias view: view
            property alias text: view.text
            property alias spoken: view.spoken
            width: 300
            height: 100
            visible: true
            CodeView { id: view; anchors.fill: parent }
        }
    }
    Component { id: ringComponent; CountdownRing {} }
    // Installs the English catalogue, which holds the plural forms ("1 second", "5 seconds").
    AppController { id: app }

    function test_codeIsSpokenDigitByDigit() {
        const view = createTemporaryObject(codeViewComponent, testCase,
                                           { text: "123 456", spoken: "1 2 3 4 5 6" }).view
        verify(view)
        compare(view.Accessible.name, "One-time password: 1 2 3 4 5 6")
    }

    function test_tapOnCodeActivates() {
        const view = createTemporaryObject(codeViewComponent, testCase, { text: "123 456" }).view
        waitForRendering(view)
        const spy = createTemporaryObject(spyComponent, testCase, { target: view, signalName: "activated" })
        mouseClick(view)
        compare(spy.count, 1)
    }

    function test_ringNamesTheSecondsAndTurnsUrgent() {
        const ring = createTemporaryObject(ringComponent, testCase, { secondsRemaining: 12, period: 30 })
        compare(ring.Accessible.name, "12 seconds left")
        verify(!ring.urgent)
        ring.secondsRemaining = 5
        verify(ring.urgent)
        compare(ring.Accessible.name, "5 seconds left")
        ring.secondsRemaining = 1
        compare(ring.Accessible.name, "1 second left")
    }

    Component { id: spyComponent; SignalSpy {} }
}
