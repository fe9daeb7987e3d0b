// The request flow's parts without a network: the rate budget (burst, sustained rate, what the server's
// headers and a 429 do to it, a demand too long to wait out), the call queue (lanes, newest user batch
// first, one call per key, the rows on screen first) and Retry-After that cannot overflow.
#include "api/ApiError.h"
#include "api/ReplyReader.h"
#include "bulk/CallQueue.h"
#include "bulk/RateBudget.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Railgun;

class TestFlowParts : public QObject
{
    Q_OBJECT

private slots:
    void cloudflareBudget()
    {
        RateBudget budget; // 1,200 per 300 s
        QCOMPARE(budget.burst(), 12);
        // burst + rate × window stays a margin below the limit.
        const double perWindow = budget.burst() + budget.ratePerSecond() * 300;
        QVERIFY2(perWindow <= 1200 - 12 + 0.001, qPrintable(QString::number(perWindow)));
        QVERIFY(perWindow >= 1150);
        // The burst goes out at once, then the bucket is empty.
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(budget.msUntilNext(), 0);
            budget.take();
        }
        const qint64 wait = budget.msUntilNext();
        QVERIFY2(wait > 0 && wait <= 260, qPrintable(QString::number(wait))); // 1 / 3.92 per second
        // 10,000 more requests: about 42 minutes.
        QVERIFY(qAbs(budget.secondsFor(10000) - 10000 / budget.ratePerSecond()) < 5);
    }

    void unlimitedBudget()
    {
        RateBudget budget({0, 1});
        QVERIFY(!budget.isLimited());
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(budget.msUntilNext(), 0);
            budget.take();
        }
        QCOMPARE(budget.secondsFor(1000), 0.0);
    }

    void serverHeadersTighten()
    {
        RateBudget budget({1200, 300});
        RateLimitInfo info;
        info.limit = 120;
        info.remaining = 100;
        info.resetSecs = 30;
        budget.observe(info, 0);
        QCOMPARE(budget.limit().requests, 120);
        QCOMPARE(budget.burst(), 1);
        // A looser header never loosens it.
        info.limit = 5000;
        budget.observe(info, 0);
        QCOMPARE(budget.limit().requests, 120);
        // Nothing left at the server (counting what is in flight): wait for its reset.
        info.limit = 120;
        info.remaining = 2;
        budget.observe(info, 3);
        const qint64 wait = budget.msUntilNext();
        QVERIFY2(wait > 25000 && wait <= 30000, qPrintable(QString::number(wait)));
    }

    void pauseAndHold()
    {
        RateBudget budget({0, 1});
        QVERIFY(budget.pauseFor(5));
        QVERIFY(budget.msUntilNext() > 4000);
        QCOMPARE(budget.pausedSecsLeft(), 5);
        budget.resume();
        QCOMPARE(budget.msUntilNext(), 0);
        // Without a Retry-After: the documented default wait.
        QVERIFY(budget.pauseFor(-1));
        QVERIFY(budget.msUntilNext() > (RateBudget::kUnspecifiedWaitSecs - 1) * 1000);
        budget.resume();
        // Longer than a sane wait: held, not a timer of a billion seconds.
        QVERIFY(!budget.pauseFor(1000000000));
        QVERIFY(budget.isHeld());
        QCOMPARE(budget.msUntilNext(), -1);
        budget.resume();
        QVERIFY(!budget.isHeld());
        QCOMPARE(budget.msUntilNext(), 0);
    }

    void retryAfterCannotOverflow()
    {
        QCOMPARE(ReplyReader::parseRetryAfter("86400"), qint64(86400));
        QCOMPARE(ReplyReader::parseRetryAfter("1000000000"), ApiError::kMaxRetryAfterSecs); // 31 years
        QCOMPARE(ReplyReader::parseRetryAfter("99999999999999999999999999"), ApiError::kMaxRetryAfterSecs);
        QCOMPARE(ReplyReader::parseRetryAfter("-5"), qint64(0));
        const QString in80Years = QLocale::c().toString(QDateTime::currentDateTimeUtc().addYears(80),
                                                        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
                                  QStringLiteral(" GMT");
        const qint64 secs = ReplyReader::parseRetryAfter(in80Years.toLatin1());
        QCOMPARE(secs, ApiError::kMaxRetryAfterSecs); // 80 years is past the cap, and not negative
        QVERIFY(!RateBudget().pauseFor(secs));
        ApiError e;
        e.kind = ApiError::Kind::RateLimited;
        e.retryAfterSecs = secs;
        QVERIFY(!e.toText().contains(QLatin1Char('-')));
    }

    void queueLanesAndBatches()
    {
        CallQueue q;
        const auto none = [](const QString &) {
            return false;
        };
        const auto any = [](quint64) {
            return true;
        };
        q.push(1, QStringLiteral("a"), CallQueue::Lane::Background);
        q.push(2, QStringLiteral("b"), CallQueue::Lane::Background);
        q.push(3, QStringLiteral("c"), CallQueue::Lane::Visible);
        q.push(4, QStringLiteral("d"), CallQueue::Lane::User, 1);
        q.push(5, QStringLiteral("e"), CallQueue::Lane::User, 1);
        q.push(6, QStringLiteral("f"), CallQueue::Lane::User, 2); // a newer user batch
        QList<quint64> order;
        while (quint64 id = q.next(none, any)) {
            order.append(id);
            q.remove(id);
        }
        QCOMPARE(order, (QList<quint64>{6, 4, 5, 3, 1, 2}));
        QVERIFY(q.isEmpty());
    }

    void queueSkipsBusyKeysAndPutsBack()
    {
        CallQueue q;
        q.push(1, QStringLiteral("a"), CallQueue::Lane::User, 1);
        q.push(2, QStringLiteral("a"), CallQueue::Lane::User, 1);
        q.push(3, QStringLiteral("b"), CallQueue::Lane::User, 1);
        const auto any = [](quint64) {
            return true;
        };
        const auto aBusy = [](const QString &k) {
            return k == QLatin1String("a");
        };
        QCOMPARE(q.next(aBusy, any), quint64(3));
        // A call put back after a 429 is ahead of what was pushed after it.
        const quint64 order1 = q.orderOf(1);
        q.remove(1);
        q.push(4, QStringLiteral("c"), CallQueue::Lane::User, 1);
        q.putBack(1, QStringLiteral("a"), CallQueue::Lane::User, 1, order1);
        QCOMPARE(q.next([](const QString &) { return false; }, any), quint64(1));
    }

    void visibleRowsFirst()
    {
        CallQueue q;
        for (quint64 i = 1; i <= 5; ++i)
            q.push(i, QStringLiteral("d%1").arg(i), CallQueue::Lane::Background);
        q.setVisibleKeys({QStringLiteral("d4"), QStringLiteral("d5")});
        const auto none = [](const QString &) {
            return false;
        };
        const auto any = [](quint64) {
            return true;
        };
        QCOMPARE(q.next(none, any), quint64(4));
        QCOMPARE(q.sizeOf(CallQueue::Lane::Visible), 2);
        // Scrolled on: d4 and d5 go back to the background, d1 comes forward; reads pushed for a row on
        // screen go straight to the visible lane.
        q.setVisibleKeys({QStringLiteral("d1"), QStringLiteral("d9")});
        QCOMPARE(q.next(none, any), quint64(1));
        q.push(9, QStringLiteral("d9"), CallQueue::Lane::Background);
        QCOMPARE(q.laneOf(9), CallQueue::Lane::Visible);
        QCOMPARE(q.sizeOf(CallQueue::Lane::Background), 4);
    }
};

QTEST_GUILESS_MAIN(TestFlowParts)
#include "tst_flowparts.moc"
