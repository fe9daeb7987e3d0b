// Every action × every fault, driven the way the app drives it (DomainController for the domain and
// Railgun actions), against the real emulator. Each cell asserts: the call failed with the ApiError kind
// that names the fault, its text is non-empty and free of HTML and reaches the user, the table and the
// Railgun list equal the emulator's state afterwards (the applied state where the fault applied the
// change), and the domain list is intact. cleanupTestCase() prints the matrix.
#include "ApiTestSupport.h"
#include "ReliabilitySupport.h"
#include "TestCertificate.h"
#include "TestSession.h"
#include "TestTmp.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"

#include <QTcpServer>

using namespace Railgun;
using namespace Reliability;

namespace {

constexpr int kTimeoutMs = 1000;
const QString kActiveRailgun = QStringLiteral("1");

enum class Fault
{
    Refused,
    ResetMidBody,
    Timeout,
    SlowBody,
    Http500,
    Http502,
    RateLimited,
    Malformed,
    Truncated,
    WrongType,
    ApiErrorEnvelope,
    ApiErrorNoMsg,
    BigBody,
    UntrustedTls,
};

struct FaultInfo
{
    Fault fault;
    const char *label;
    const char *emulatorKind; // nullptr: not an emulator knob
    bool applied;             // the emulator applies the action before damaging the answer
};

const FaultInfo kFaults[] = {
    {Fault::Refused, "refused", nullptr, false},
    {Fault::ResetMidBody, "reset", "reset", true},
    {Fault::Timeout, "timeout", "hang", false},
    {Fault::SlowBody, "slow", "slow", true},
    {Fault::Http500, "500", "http500", false},
    {Fault::Http502, "502", "http502", false},
    {Fault::RateLimited, "429", "rate_limited", false},
    {Fault::Malformed, "malformed", "malformed", true},
    {Fault::Truncated, "truncated", "truncated", true},
    {Fault::WrongType, "wrongtype", "wrong_type", true},
    {Fault::ApiErrorEnvelope, "apierr", "api_error", false},
    {Fault::ApiErrorNoMsg, "nomsg", "api_error_nomsg", false},
    {Fault::BigBody, "2MB", "big_body", true},
    {Fault::UntrustedTls, "tls", nullptr, false},
};

const Action kActions[] = {
    Action::UserGetAll,          Action::ZoneConnGetActive, Action::ConnSet, Action::ConnSetModeEnabled,
    Action::ConnSetModeDisabled, Action::ConnDelete,        Action::Init,    Action::Delete};

// The kind the first answer must carry; None where the answer is acceptable after all.
ApiError::Kind expectedKind(Action action, Fault fault)
{
    using K = ApiError::Kind;
    switch (fault) {
    case Fault::Refused:
        return K::ConnectionRefused;
    case Fault::ResetMidBody:
    case Fault::Truncated:
        return K::ConnectionClosed;
    case Fault::Timeout:
    case Fault::SlowBody:
        return K::Timeout;
    case Fault::Http500:
    case Fault::Http502:
        return K::HttpStatus;
    case Fault::RateLimited:
        return K::RateLimited;
    case Fault::Malformed:
        return K::MalformedBody;
    case Fault::WrongType: // valid JSON under the wrong label is read (decided in tst_api)
        return K::None;
    case Fault::ApiErrorEnvelope:
    case Fault::ApiErrorNoMsg:
        return K::Api;
    case Fault::BigBody: // lists may be large (32 MiB); one object may not (1 MiB)
        return action == Action::UserGetAll ? K::None : K::MalformedBody;
    case Fault::UntrustedTls:
        return K::Tls;
    }
    return K::None;
}

// Every call goes through the account's session, which waits out a 429 instead of failing: a toggle, a
// Railgun's creation and deletion as much as a bulk run.
bool waitsOut429(Action)
{
    return true;
}

bool isDomainWrite(Action action)
{
    return action == Action::ConnSet || action == Action::ConnSetModeEnabled ||
           action == Action::ConnSetModeDisabled || action == Action::ConnDelete;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    // One server with its own models and controller: the plain emulator, or the HTTPS one.
    struct World
    {
        std::unique_ptr<EmulatorProcess> emulator;
        QNetworkAccessManager goodNam;
        QNetworkAccessManager faultNam;
        std::unique_ptr<AccountSession> good;  // the account as configured
        std::unique_ptr<AccountSession> fault; // refused port / untrusted TLS (nullptr: faults on the server)
        std::unique_ptr<DomainTableModel> model;
        std::unique_ptr<RailgunListModel> railguns;
        std::unique_ptr<DomainController> controller;
    };

    std::unique_ptr<QTemporaryDir> m_tmp;
    World m_plain;
    World m_tls;
    QStringList m_domains;
    QHash<QString, bool> m_passed; // cell tag -> passed
    int m_cellCounter = 0;

    static std::unique_ptr<AccountSession> makeSession(QNetworkAccessManager *nam, const QUrl &base,
                                                       const QList<QSslCertificate> &ca = {})
    {
        SessionConfig config = TestSession::config(base, TestSupport::clientCredentials(), 6);
        config.options.timeoutMs = kTimeoutMs;
        config.options.extraCaCertificates = ca;
        return std::make_unique<AccountSession>(config, nam);
    }

    bool setUpWorld(World &w, const QStringList &domains)
    {
        w.model = std::make_unique<DomainTableModel>();
        w.railguns = std::make_unique<RailgunListModel>();
        w.controller = std::make_unique<DomainController>(w.model.get(), w.railguns.get());
        w.controller->setSession(w.good.get());
        w.model->setDomains(domains);
        ReplyTap tap(w.good->api());
        w.controller->refresh();
        return waitQuiet(*w.controller, tap, 150);
    }

    // Synchronous call through the good API (preparation only).
    static bool ok(ApiReply *reply)
    {
        const ApiResult r = TestSupport::wait(reply);
        if (!r.ok())
            qWarning("preparation call failed: %s", qPrintable(r.error.toText()));
        return r.ok();
    }

    // The domain's connection on the server: connected to `railgunId` with `enabled`, or none.
    bool prepareDomain(World &w, const QString &domain, const QString &railgunId, bool connected,
                       bool enabled)
    {
        const QJsonObject state = w.emulator->state();
        const auto conns = connectionsOf(state);
        RailgunApi *api = w.good->api();
        if (conns.contains(domain)) {
            const ServerConnection c = conns.value(domain);
            if (connected && c.railgunId == railgunId && c.enabled == enabled)
                return true;
            if (!ok(api->connDelete(domain, rtknOf(state, c.railgunId))))
                return false;
        }
        if (connected)
            return ok(api->connSet(domain, rtknOf(state, railgunId), enabled));
        return true;
    }

private slots:
    void initTestCase()
    {
        m_tmp = TestTmp::create();
        QVERIFY(m_tmp && m_tmp->isValid());

        // The plain emulator; "refused" talks to a port nobody listens on.
        m_plain.emulator = std::make_unique<EmulatorProcess>();
        QString error;
        QVERIFY2(m_plain.emulator->start(&error), qPrintable(error));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        m_plain.good = makeSession(&m_plain.goodNam, m_plain.emulator->apiBase());
        m_plain.fault = makeSession(
            &m_plain.faultNam, QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/railgun/").arg(closedPort)));

        // The HTTPS emulator with a self-signed certificate: trusted by the account's own CA, or not.
        QString cert, key;
        QVERIFY2(TestCertificate::makeSelfSigned(m_tmp->path(), &cert, &key, &error), qPrintable(error));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(cert);
        QCOMPARE(ca.size(), 1);
        m_tls.emulator = std::make_unique<EmulatorProcess>(QStringList{
            QStringLiteral("--demo"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
        QVERIFY2(m_tls.emulator->start(&error), qPrintable(error));
        QCOMPARE(m_tls.emulator->url().scheme(), QStringLiteral("https"));
        m_tls.emulator->setTrustedCertificates(ca);
        m_tls.good = makeSession(&m_tls.goodNam, m_tls.emulator->apiBase(), ca);
        m_tls.fault = makeSession(&m_tls.faultNam, m_tls.emulator->apiBase());

        m_domains = domainsOf(m_plain.emulator->state(), QString::fromLatin1(TestAccounts::kDemoEmail));
        QCOMPARE(m_domains.size(), TestAccounts::kDemoDomainCount);
        QCOMPARE(domainsOf(m_tls.emulator->state(), QString::fromLatin1(TestAccounts::kDemoEmail)),
                 m_domains);
        QVERIFY(setUpWorld(m_plain, m_domains));
        QVERIFY(setUpWorld(m_tls, m_domains));
        QCOMPARE(tableMismatch(*m_plain.model, connectionsOf(m_plain.emulator->state())), QString());
        QCOMPARE(tableMismatch(*m_tls.model, connectionsOf(m_tls.emulator->state())), QString());
    }

    void cell_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("fault");
        int n = 0;
        for (const Action action : kActions) {
            for (const FaultInfo &f : kFaults) {
                QTest::addRow("%s|%s", qPrintable(actionName(action)), f.label)
                    << int(action) << int(n++ % int(std::size(kFaults)));
            }
        }
    }

    void cell()
    {
        QFETCH(int, action);
        QFETCH(int, fault);
        const Action act = Action(action);
        const FaultInfo info = kFaults[fault];
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        m_passed.insert(tag, false);
        World &w = info.fault == Fault::UntrustedTls ? m_tls : m_plain;
        DomainController &c = *w.controller;
        const int cellNo = m_cellCounter++;
        const QString domain = m_domains.at(1 + cellNo % (m_domains.size() - 1));

        // --- preparation, with the good API and no faults
        QVERIFY(w.emulator->setFaults({{QStringLiteral("reset"), QStringLiteral("1")}}));
        c.setSession(w.good.get());
        QString targetRailgun = kActiveRailgun;
        bool expectConnected = true, expectEnabled = true; // the state the action aims at
        switch (act) {
        case Action::ConnSet:
            QVERIFY(prepareDomain(w, domain, kActiveRailgun, false, false));
            break;
        case Action::ConnSetModeEnabled:
            QVERIFY(prepareDomain(w, domain, kActiveRailgun, true, false));
            break;
        case Action::ConnSetModeDisabled:
            QVERIFY(prepareDomain(w, domain, kActiveRailgun, true, true));
            expectEnabled = false;
            break;
        case Action::ConnDelete:
            QVERIFY(prepareDomain(w, domain, kActiveRailgun, true, true));
            expectConnected = false;
            break;
        case Action::ZoneConnGetActive:
            QVERIFY(prepareDomain(w, domain, kActiveRailgun, true, cellNo % 2 == 0));
            break;
        case Action::Delete: {
            // A Railgun of its own, active and serving this cell's domain.
            const ApiResult created = TestSupport::wait(
                w.good->api()->init(QStringLiteral("fm-del-%1").arg(cellNo), QStringLiteral("Fault matrix")));
            QVERIFY2(created.ok(), qPrintable(created.error.toText()));
            QVERIFY(w.emulator->activate(created.created.rtkn));
            targetRailgun = created.created.railgunId;
            QVERIFY(prepareDomain(w, domain, targetRailgun, true, true));
            break;
        }
        default:
            break;
        }
        {
            ReplyTap prepTap(w.good->api());
            c.refreshRailguns();
            QVERIFY(waitQuiet(c, prepTap, 150));
            c.refreshDomains({domain});
            QVERIFY(waitQuiet(c, prepTap, 150));
        }
        const QJsonObject before = w.emulator->state();
        QCOMPARE(tableMismatch(*w.model, connectionsOf(before)), QString());
        QCOMPARE(railgunListMismatch(*w.railguns,
                                     railgunsOf(before, QString::fromLatin1(TestAccounts::kDemoUserId))),
                 QString());
        const QStringList listBefore = w.model->domains();

        // --- the fault
        AccountSession *session = w.good.get();
        if (info.fault == Fault::Refused || info.fault == Fault::UntrustedTls) {
            session = w.fault.get();
        } else {
            const bool read = act == Action::ZoneConnGetActive || act == Action::UserGetAll;
            const QString times = read && info.fault != Fault::RateLimited
                                      ? QStringLiteral("4") // the session reads 1 + 3 retries
                                      : QStringLiteral("1");
            QVERIFY(w.emulator->setFaults({{QStringLiteral("reset"), QStringLiteral("1")},
                                           {QStringLiteral("fail_kind"), QLatin1String(info.emulatorKind)},
                                           {QStringLiteral("fail_actions"), actionName(act)},
                                           {QStringLiteral("fail_next"), times},
                                           {QStringLiteral("slow_ms"), QString::number(kTimeoutMs * 3)}}));
        }
        c.setSession(session);
        ReplyTap tap(session->api());
        QStringList messages;
        int rateLimitedSignals = 0;
        int listChanges = 0;
        connect(&c, &DomainController::statusMessage, &tap, [&](const QString &m) { messages.append(m); });
        connect(&c, &DomainController::railgunOperationFailed, &tap,
                [&](const QString &m) { messages.append(m); });
        connect(&c, &DomainController::toggleFinished, &tap,
                [&](const QString &, bool, const QString &m) { messages.append(m); });
        connect(&c, &DomainController::runFinished, &tap, [&](const DomainController::Summary &s) {
            for (const DomainController::Outcome &o : s.failed)
                messages.append(o.reason);
        });
        connect(session, &AccountSession::paused, &tap, [&](qint64) { ++rateLimitedSignals; });
        connect(w.model.get(), &DomainTableModel::domainListChanged, &tap, [&] { ++listChanges; });

        switch (act) {
        case Action::UserGetAll:
            c.refreshRailguns();
            break;
        case Action::ZoneConnGetActive:
            c.refreshDomains({domain});
            break;
        case Action::ConnSet:
            QVERIFY(c.connectTo({domain}, kActiveRailgun, true));
            break;
        case Action::ConnSetModeEnabled:
            QVERIFY(c.setEnabled(domain, true));
            break;
        case Action::ConnSetModeDisabled:
            QVERIFY(c.setEnabled(domain, false));
            break;
        case Action::ConnDelete:
            QVERIFY(c.disconnect({domain}));
            break;
        case Action::Init:
            c.createRailgun(QStringLiteral("fm-new-%1").arg(cellNo), QStringLiteral("Fault matrix"));
            break;
        case Action::Delete:
            c.deleteRailgun(targetRailgun);
            break;
        default:
            QFAIL("unexpected action");
        }
        const bool quiet = waitQuiet(c, tap, 150, 60000);
        QVERIFY(w.emulator->setFaults({{QStringLiteral("reset"), QStringLiteral("1")}}));
        QVERIFY2(quiet, "the controller did not settle");
        c.setSession(w.good.get());

        // --- the first answer names the cause
        const ReplyTap::Call *first = tap.first(act);
        QVERIFY2(first, "the action was never sent");
        const ApiError &error = first->result.error;
        const ApiError::Kind expected = expectedKind(act, info.fault);
        QVERIFY2(error.kind == expected,
                 qPrintable(
                     QStringLiteral("kind %1, expected another (%2)").arg(error.kindName(), error.toText())));
        if (info.fault == Fault::Http500)
            QCOMPARE(error.httpStatus, 500);
        if (info.fault == Fault::Http502)
            QCOMPARE(error.httpStatus, 502);
        if (expected != ApiError::Kind::None) {
            const QString text = error.toText();
            QVERIFY(!text.trimmed().isEmpty());
            QVERIFY2(!text.contains(QLatin1Char('<')) && !text.contains(QLatin1String("nginx")),
                     qPrintable(text));
            if (info.fault == Fault::RateLimited && waitsOut429(act)) {
                QVERIFY2(rateLimitedSignals > 0, "a 429 in a bulk run is waited out and shown as such");
            } else {
                bool shown = false;
                for (const QString &m : std::as_const(messages))
                    shown = shown || m.contains(text);
                if (const auto row = w.model->rowFor(domain))
                    shown = shown || row->lastMessage.contains(text);
                QVERIFY2(shown, qPrintable(QStringLiteral("\"%1\" never reached the user: %2")
                                               .arg(text, messages.join(QStringLiteral(" | ")))));
            }
        }

        // --- the server: the change happened exactly when the fault applies it
        const QJsonObject after = w.emulator->state();
        const auto conns = connectionsOf(after);
        if (isDomainWrite(act)) {
            const bool applied = info.applied || (info.fault == Fault::RateLimited && waitsOut429(act));
            const bool connected = conns.contains(domain);
            const bool reached = connected == expectConnected &&
                                 (!connected || (conns.value(domain).railgunId == targetRailgun &&
                                                 conns.value(domain).enabled == expectEnabled));
            QVERIFY2(reached == applied, applied ? "the emulator did not apply the change"
                                                 : "the emulator applied a change it should not have");
        }

        // --- the table and the Railgun list equal the server; the domain list is intact
        QCOMPARE(tableMismatch(*w.model, conns), QString());
        QCOMPARE(railgunListMismatch(*w.railguns,
                                     railgunsOf(after, QString::fromLatin1(TestAccounts::kDemoUserId))),
                 QString());
        QCOMPARE(w.model->domains(), listBefore);
        QCOMPARE(listChanges, 0);

        m_passed[tag] = true;
    }

    void cleanupTestCase()
    {
        // The matrix: actions down, faults across.
        QString header = QStringLiteral("%1").arg(QString(), -22);
        for (const FaultInfo &f : kFaults)
            header += QStringLiteral(" %1").arg(QLatin1String(f.label), -9);
        qInfo().noquote() << header;
        int passed = 0;
        int total = 0;
        for (const Action action : kActions) {
            QString line = QStringLiteral("%1").arg(actionName(action), -22);
            for (const FaultInfo &f : kFaults) {
                const QString tag = actionName(action) + QLatin1Char('|') + QLatin1String(f.label);
                const bool ran = m_passed.contains(tag);
                const bool ok = m_passed.value(tag);
                ++total;
                passed += ok ? 1 : 0;
                line += QStringLiteral(" %1").arg(ok    ? QStringLiteral("pass")
                                                  : ran ? QStringLiteral("FAIL")
                                                        : QStringLiteral("-"),
                                                  -9);
            }
            qInfo().noquote() << line;
        }
        qInfo("fault matrix: %d/%d cells passed", passed, total);
        m_plain.controller.reset();
        m_tls.controller.reset();
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
