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
    Component {
        id: ringWindowComponent
        Window {
            property alias ring: ring
            width: 64
            height: 64
            visible: true
            color: "white"
            CountdownRing { id: ring; secondsRemaining: 12; period: 30 }
        }
    }
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

    // CountdownArc (C++) draws the ring: its progress and colour follow the seconds, and it paints
    // the arc from 12 o'clock clockwise over the track. Offscreen this is its QPainter path (the
    // software scene graph); under xcb with OpenGL the same test checks its own mesh.
    function test_ringArcFollowsTheSecondsAndRenders() {
        const ring = createTemporaryObject(ringWindowComponent, testCase).ring
        const arc = findChild(ring, "countdownArc")
        verify(arc)
        fuzzyCompare(arc.progress, 0.4, 1e-9)
        verify(Qt.colorEqual(arc.color, Theme.primary))
        verify(Qt.colorEqual(arc.trackColor, Theme.outlineVariant))

        waitForRendering(ring)
        const image = grabImage(ring)
        compare(image.width, 64)
        // Just clockwise of 12 o'clock, in the middle of the band: the arc's colour.
        const top = ring.lineWidth / 2
        verifyColor(image.pixel(33, Math.floor(top)), Theme.primary, "12 o'clock")
        // 9 o'clock is past 40 % of the circle: track, not arc.
        verify(!near(image.pixel(Math.floor(top), 33), Theme.primary), "9 o'clock is not the arc")
        // The centre is inside the ring, never the arc's colour.
        verify(!near(image.pixel(32, 32), Theme.primary), "centre is not the arc")

        ring.secondsRemaining = 5
        verify(Qt.colorEqual(arc.color, Theme.error))
        fuzzyCompare(arc.progress, 5 / 30, 1e-9)
        waitForRendering(ring)
        verifyColor(grabImage(ring).pixel(33, Math.floor(top)), Theme.error, "urgent 12 o'clock")

        ring.period = 0
        compare(arc.progress, 0)
    }

    function near(actual, expected) {
        const tolerance = 2 / 255
        return Math.abs(actual.r - expected.r) <= tolerance
            && Math.abs(actual.g - expected.g) <= tolerance
            && Math.abs(actual.b - expected.b) <= tolerance
    }

    function verifyColor(actual, expected, where) {
        verify(near(actual, expected), where + ": " + actual + " is not " + expected)
    }

    Component { id: spyComponent; SignalSpy {} }
}
