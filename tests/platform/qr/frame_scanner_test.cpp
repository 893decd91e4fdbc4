#include <cstring>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <gtest/gtest.h>

#include "platform/qr/frame_scanner.h"
#include "platform/qr/virtual_camera.h"
#include "qr_test_util.h"

namespace {

using platform::qr::FrameScanner;
using Payloads = std::vector<std::string>;

// A YUV420P frame whose Y plane is `gray` (chroma neutral): what cameras and decoders deliver.
QVideoFrame yuvFrame(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const int w = gray.width() & ~1;
    const int h = gray.height() & ~1;
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat::Format_YUV420P));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < h; ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), gray.constScanLine(y),
                    static_cast<std::size_t>(w));
    for (int plane = 1; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128,
                    static_cast<std::size_t>(frame.bytesPerLine(plane) * (h / 2)));
    frame.unmap();
    return frame;
}

// Pads to a camera-like frame so the writer's image becomes a 640x480 picture.
QImage cameraPicture()
{
    return qrtest::embedded(qrtest::written(qrtest::kUri, 3), 640, 480, 150, 80);
}

TEST(ScanVideoFrame, ReadsTheYPlaneOfYuvFrames)
{
    const QVideoFrame frame = yuvFrame(cameraPicture());
    ASSERT_TRUE(frame.isValid());
    auto result = platform::qr::scanVideoFrame(frame);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->payloads, Payloads{qrtest::kUri});
}

TEST(ScanVideoFrame, ReadsRgbaFrames)
{
    const QVideoFrame frame =
        platform::qr::VirtualCamera::frameFromImage(qrtest::inverted(cameraPicture()));
    ASSERT_EQ(frame.pixelFormat(), QVideoFrameFormat::Format_RGBA8888);
    auto result = platform::qr::scanVideoFrame(frame);
    ASSERT_TRUE(result) << result.error().message;
    EXPECT_EQ(result->payloads, Payloads{qrtest::kUri});
}

TEST(ScanVideoFrame, InvalidFrameIsEmptyNotAnError)
{
    auto result = platform::qr::scanVideoFrame(QVideoFrame());
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->payloads.empty());
}

TEST(FrameScanner, DeliversResultsQueuedOnTheOwnersThread)
{
    FrameScanner scanner;
    QThread* receivedOn = nullptr;
    QStringList received;
    QObject::connect(&scanner, &FrameScanner::codesFound, [&](const QStringList& payloads) {
        receivedOn = QThread::currentThread();
        received = payloads;
    });
    QSignalSpy scanned(&scanner, &FrameScanner::frameScanned);
    ASSERT_TRUE(scanner.submitFrame(yuvFrame(cameraPicture())));
    // Nothing is delivered synchronously: the result comes through the event loop.
    EXPECT_TRUE(received.isEmpty());
    ASSERT_TRUE(scanned.wait(10000));
    EXPECT_EQ(receivedOn, QThread::currentThread());
    EXPECT_EQ(received, QStringList{QString::fromStdString(qrtest::kUri)});
}

TEST(FrameScanner, DropsFramesWhileBusyInsteadOfQueueing)
{
    FrameScanner scanner;
    QSignalSpy scanned(&scanner, &FrameScanner::frameScanned);
    // A frame without a code runs the slow path, so the worker is busy for a while.
    QImage gray(1280, 720, QImage::Format_Grayscale8);
    gray.fill(128);
    const QVideoFrame frame = yuvFrame(qrtest::noisy(gray, 60, 0.1));
    int accepted = 0;
    for (int i = 0; i < 50; ++i)
        accepted += scanner.submitFrame(frame) ? 1 : 0;
    EXPECT_GE(accepted, 1);
    EXPECT_LT(accepted, 50);
    EXPECT_EQ(scanner.framesDropped(), static_cast<quint64>(50 - accepted));

    // Every accepted frame is scanned exactly once; nothing was queued behind it.
    QElapsedTimer timer;
    timer.start();
    while (scanner.framesScanned() < static_cast<quint64>(accepted) && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    EXPECT_EQ(scanner.framesScanned(), static_cast<quint64>(accepted));

    // Idle again: the next frame is taken.
    EXPECT_TRUE(scanner.submitFrame(frame));
    ASSERT_TRUE(scanned.wait(20000));
}

TEST(FrameScanner, FollowsAVideoSink)
{
    QVideoSink sink;
    FrameScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &FrameScanner::codesFound);
    sink.setVideoFrame(yuvFrame(cameraPicture()));
    ASSERT_TRUE(found.wait(10000));
    EXPECT_EQ(found.at(0).at(0).toStringList().value(0).toStdString(), qrtest::kUri);
}

TEST(FrameScanner, SaysWhenACodeIsInViewButDoesNotDecode)
{
    FrameScanner scanner;
    QSignalSpy found(&scanner, &FrameScanner::codesFound);
    QSignalSpy notDecoded(&scanner, &FrameScanner::codeNotDecoded);
    const QImage damaged = qrtest::damaged(qrtest::written(qrtest::kUri, 6), 0.5);
    ASSERT_TRUE(scanner.submitFrame(yuvFrame(qrtest::embedded(damaged, 640, 480, 100, 20))));
    ASSERT_TRUE(notDecoded.wait(20000));
    EXPECT_EQ(notDecoded.at(0).at(0).value<platform::qr::ScanAdvice>(),
              platform::qr::ScanAdvice::HoldStill);
    EXPECT_TRUE(found.isEmpty());
}

TEST(FrameScanner, DisabledScannerTakesNoFrames)
{
    FrameScanner scanner;
    scanner.setEnabled(false);
    EXPECT_FALSE(scanner.submitFrame(yuvFrame(cameraPicture())));
    EXPECT_EQ(scanner.framesDropped(), 1u);
}

}  // namespace
