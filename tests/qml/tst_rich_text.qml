import QtQuick
import QtTest
import SoftToken

// A token's issuer and account come from a QR code or an import file. Written as HTML they must
// show as typed and fetch nothing (the `beacon` fixture counts connections to 127.0.0.1).
TestCase {
    id: testCase
    name: "RichText"
    when: windowShown
    width: 390
    height: 200

    readonly property string beaconUrl: "http://127.0.0.1:" + beacon.port + "/beacon.png"
    // Another URL for the Image test: Qt's image cache would share one request between both.
    readonly property string imageUrl: "http://127.0.0.1:" + beacon.port + "/image.png"
    readonly property string evilAccount: "x<img src=\"" + beaconUrl + "\">"

    Component {
        id: rowComponent
        TokenRow {
            width: 390
            index: 0
            tokenId: 1
            issuer: "<b>Bank</b>"
            account: testCase.evilAccount
            groupedCode: "123 456"
            spokenCode: "1 2 3 4 5 6"
            secondsRemaining: 20
            period: 30
            isHotp: false
            serial: ""
            spokenSerial: ""
            error: ""
        }
    }
    Component {
        id: imageComponent
        Image { source: testCase.imageUrl }
    }
    Component {
        id: referenceText
        Text { textFormat: Text.PlainText }
    }

    function findText(item, text) {
        if (item.text === text && item.textFormat !== undefined)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    function test_remoteImageIsRefused() {
        // The refusal is reported as the image's error (every other QML warning fails a test).
        ignoreWarning(/SoftToken loads nothing from the network/)
        const image = createTemporaryObject(imageComponent, testCase)
        tryCompare(image, "status", Image.Error)
        wait(200)
        compare(beacon.connections(), 0, "the engine opened a connection to " + imageUrl)
    }

    function test_htmlInNamesIsShownLiterally() {
        const row = createTemporaryObject(rowComponent, testCase)
        waitForRendering(row)
        // A fetched <img> connects within about a second (Qt's image reader thread starts
        // first); give it three.
        for (let i = 0; i < 30 && beacon.connections() === 0; ++i)
            wait(100)
        compare(beacon.connections(), 0, "drawing the name fetched " + beaconUrl)
        for (const text of [evilAccount, "<b>Bank</b>"]) {
            const label = findText(row, text)
            verify(label, "no item shows " + text)
            compare(label.textFormat, Text.PlainText)
            // As wide as the characters themselves: rich text would hide the tag.
            const plain = createTemporaryObject(referenceText, testCase,
                                                { text: text, font: label.font })
            verify(label.implicitWidth >= plain.implicitWidth - 1,
                   text + " is drawn " + label.implicitWidth + " px wide, as plain text "
                   + plain.implicitWidth)
        }
    }
}
