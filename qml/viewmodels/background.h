#pragma once

#include <utility>

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

// Runs work() on the global thread pool; work returns a callable ("done") that receives its
// result. done is called queued on the GUI thread, where the view models live, and only if
// receiver still exists: the receiver may be destroyed while the work runs (a page closed, the
// app quitting), so done may use it freely but work must not touch it. The result is posted to
// the application object, never to the receiver, which the worker thread must not touch either.
template <typename Work> void runInBackground(QObject* receiver, Work work)
{
    Q_ASSERT(receiver && receiver->thread() == QCoreApplication::instance()->thread());
    QPointer<QObject> alive(receiver);
    QThreadPool::globalInstance()->start([alive, work = std::move(work)]() mutable {
        auto done = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, done = std::move(done)]() mutable {
                if (alive)
                    done();
            },
            Qt::QueuedConnection);
    });
}
