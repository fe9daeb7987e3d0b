// railgun-emulator: a stateful HTTP(S) server for the Railgun API, for the demo and the tests.
// Prints its base URL as the first line of stdout; see EmulatorServer.h for the routes and
// FaultInjector.h for the fault knobs.

#include "DemoData.h"
#include "EmulatorServer.h"
#include "EmulatorState.h"
#include "FaultInjector.h"
#include "common/SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <cstdio>

using namespace Emulator;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "railgun-emulator: %s\n", qPrintable(message));
    return 2;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *port = quint16(p);
    if (host == QLatin1String("localhost"))
        *address = QHostAddress(QHostAddress::LocalHost);
    else if (!address->setAddress(host))
        return false;
    return true;
}

bool loadTls(const QString &certPath, const QString &keyPath, QSslConfiguration *tls, QString *error)
{
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return false;
    }
    *tls = QSslConfiguration::defaultConfiguration();
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("railgun-emulator"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A stateful emulator of the Railgun API."));
    parser.addHelpOption();
    const QCommandLineOption listenOpt(QStringLiteral("listen"),
                                       QStringLiteral("Address and port (port 0 = any)."),
                                       QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption fixtureOpt(QStringLiteral("fixture"),
                                        QStringLiteral("Seed the state from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption stateOpt(QStringLiteral("state"),
                                      QStringLiteral("Load FILE if it exists and save every change to it."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"), QStringLiteral("Seed the built-in demo data."));
    const QCommandLineOption certOpt(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("FILE"));
    const QCommandLineOption keyOpt(
        QStringLiteral("tls-key"), QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption autoOpt(QStringLiteral("auto-activate"),
                                     QStringLiteral("New Railguns are active (V) at once."));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"), QStringLiteral("No summary on stderr."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        QStringLiteral("Log every request on stderr (secrets masked)."));
    parser.addOptions(
        {listenOpt, fixtureOpt, stateOpt, demoOpt, certOpt, keyOpt, autoOpt, quietOpt, verboseOpt});
    for (const QString &knob : FaultInjector::knobNames())
        parser.addOption(QCommandLineOption(knob, QStringLiteral("Fault knob (see FaultInjector.h)."),
                                            QStringLiteral("VALUE")));
    parser.process(app);

    FaultInjector faults;
    for (const QString &knob : FaultInjector::knobNames()) {
        QString error;
        if (parser.isSet(knob) && !faults.set(knob, parser.value(knob), &error))
            return fail(error);
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOpt), &address, &port))
        return fail(QStringLiteral("--listen expects ADDR:PORT, like 127.0.0.1:0 or [::1]:8080"));

    EmulatorState state;
    QString error;
    const QString statePath = parser.value(stateOpt);
    QString seededFrom = QStringLiteral("an empty state");
    if (!statePath.isEmpty() && QFile::exists(statePath)) {
        if (!state.loadFile(statePath, &error))
            return fail(error);
        seededFrom = QStringLiteral("the state file");
    } else if (parser.isSet(fixtureOpt)) {
        if (!state.loadFile(parser.value(fixtureOpt), &error))
            return fail(error);
        seededFrom = QStringLiteral("the fixture");
    } else if (parser.isSet(demoOpt)) {
        state.loadJson(DemoData::fixture(), &error);
        seededFrom = QStringLiteral("the demo data");
    }
    if (!statePath.isEmpty()) {
        state.setStatePath(statePath);
        if (!state.save(&error))
            return fail(QStringLiteral("cannot write the state file: %1").arg(error));
    }

    QSslConfiguration tls;
    const bool useTls = parser.isSet(certOpt) || parser.isSet(keyOpt);
    if (useTls && !loadTls(parser.value(certOpt), parser.value(keyOpt), &tls, &error))
        return fail(error);

    EmulatorServer server(&state, &faults, parser.isSet(autoOpt));
    server.setVerbose(parser.isSet(verboseOpt));
    const quint16 bound = server.listenOn(address, port, useTls ? &tls : nullptr, &error);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1: %2").arg(parser.value(listenOpt), error));

    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    const QString url =
        QStringLiteral("%1://%2:%3/")
            .arg(useTls ? QStringLiteral("https") : QStringLiteral("http"), host, QString::number(bound));
    std::fprintf(stdout, "%s\n", qPrintable(url));
    std::fflush(stdout);
    if (!parser.isSet(quietOpt)) {
        std::fprintf(stderr,
                     "railgun-emulator: serving the Railgun API at %sapi/v2/railgun/ from %s "
                     "(%lld accounts, %lld Railguns, %lld connections)%s\n",
                     qPrintable(url), qPrintable(seededFrom), qlonglong(state.accounts().size()),
                     qlonglong(state.railguns().size()), qlonglong(state.connections().size()),
                     statePath.isEmpty() ? "" : "; changes are saved to the state file");
    }

    Railgun::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Railgun::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    const int rc = app.exec();
    if (!state.save(&error))
        return fail(QStringLiteral("cannot save the state file: %1").arg(error));
    return rc;
}
