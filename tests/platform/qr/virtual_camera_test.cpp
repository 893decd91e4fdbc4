#include <QCamera>
#include <QDir>
#include <QFile>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVideoSink>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/qr/camera_status.h"
#include "platform/qr/frame_scanner.h"
#include "platform/qr/virtual_camera.h"
#include "qr_test_util.h"

namespace {

using platform::qr::FrameScanner;
using platform::qr::VirtualCamera;

// Plays `path` through a virtual camera into a sink followed by a FrameScanner, like the app.
QStringList scanThroughVirtualCamera(const QString& path, int timeoutMs, QString* error = nullptr)
{
    QVideoSink sink;
    VirtualCamera camera;
    FrameScanner scanner;
    camera.setVideoSink(&sink);
    scanner.setVideoSink(&sink);
    auto opened = camera.open(path);
    if (!opened) {
        if (error)
            *error = QString::fromStdString(opened.error().message);
        return {};
    }
    QSignalSpy found(&scanner, &FrameScanner::codesFound);
    QSignalSpy failed(&camera, &VirtualCamera::errorOccurred);
    camera.start();
    found.wait(timeoutMs);
    camera.stop();
    if (error && !failed.isEmpty())
        *error = failed.at(0).at(0).toString();
    return found.isEmpty() ? QStringList{} : found.at(0).at(0).toStringList();
}

TEST(VirtualCamera, PlaysAnMp4MadeWithFfmpeg)
{
#ifndef SOFTTOKEN_QR_TEST_MP4
    GTEST_SKIP() << "ffmpeg was not found at configure time; no MP4 fixture";
#else
    const QString mp4 = QStringLiteral(SOFTTOKEN_QR_TEST_MP4);
    ASSERT_TRUE(QFile::exists(mp4)) << mp4.toStdString();
    QString error;
    const QStringList payloads = scanThroughVirtualCamera(mp4, 20000, &error);
    ASSERT_FALSE(payloads.isEmpty())
        << "no code decoded from the video; player error: " << error.toStdString();
    EXPECT_EQ(payloads.value(0).toStdString(), std::string(SOFTTOKEN_QR_TEST_MP4_PAYLOAD));
#endif
}

TEST(VirtualCamera, StillImage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("still.png"));
    ASSERT_TRUE(qrtest::mirrored(qrtest::written()).save(path));
    const QStringList payloads = scanThroughVirtualCamera(path, 10000);
    EXPECT_EQ(payloads, QStringList{QString::fromStdString(qrtest::kUri)});
}

TEST(VirtualCamera, FolderOfImagesInNameOrder)
{
    QTemporaryDir dir;
    QImage blank(200, 200, QImage::Format_Grayscale8);
    blank.fill(255);
    ASSERT_TRUE(blank.save(dir.filePath(QStringLiteral("a-blank.png"))));
    ASSERT_TRUE(qrtest::written().save(dir.filePath(QStringLiteral("b-code.png"))));
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not an image");
    notes.close();

    VirtualCamera camera;
    ASSERT_TRUE(camera.open(dir.path()));
    EXPECT_EQ(camera.sourceKind(), VirtualCamera::SourceKind::ImageFolder);
    const QStringList payloads = scanThroughVirtualCamera(dir.path(), 10000);
    EXPECT_EQ(payloads, QStringList{QString::fromStdString(qrtest::kUri)});
}

TEST(VirtualCamera, MissingSourceOrEmptyFolderFails)
{
    VirtualCamera camera;
    auto missing = camera.open(QStringLiteral("/nonexistent/video.mp4"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, platform::ErrorCode::QrImageUnreadable);
    QTemporaryDir empty;
    EXPECT_FALSE(camera.open(empty.path()));
    EXPECT_EQ(camera.sourceKind(), VirtualCamera::SourceKind::None);
}

TEST(CameraStatus, NoCameraIsReportedWithoutWaitingForASignal)
{
    if (!QMediaDevices::videoInputs().isEmpty())
        GTEST_SKIP() << "this machine has a camera";
    const auto status = platform::qr::cameraStatus();
    EXPECT_EQ(status.state, platform::qr::CameraStatus::State::NoCamera);
    EXPECT_FALSE(status.available());
    EXPECT_FALSE(status.message.isEmpty());

    // Qt sets the error at construction and never emits errorOccurred for it.
    QCamera camera;
    camera.start();
    const auto fromCamera = platform::qr::cameraStatus(camera);
    EXPECT_EQ(fromCamera.state, platform::qr::CameraStatus::State::NoCamera);
    EXPECT_FALSE(camera.isActive());
}

}  // namespace
