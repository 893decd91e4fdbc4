import QtQuick
import QtQuick.Dialogs

FileDialog {
    title: qsTr("Choose an image of the QR code")
    nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)")]
}
