#include "EmulatorProcess.h"

#include "TestForm.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

namespace {
constexpr int kStartTimeoutMs = 10000;
constexpr int kAdminTimeoutMs = 10000;
} // namespace

EmulatorProcess::EmulatorProcess(QStringList args)
    : m_args(std::move(args))
{}

EmulatorProcess::~EmulatorProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool EmulatorProcess::start(QString *error)
{
    const auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString program = qEnvironmentVariable("RAILGUN_EMULATOR");
    if (program.isEmpty())
        return failWith(QStringLiteral("RAILGUN_EMULATOR is not set"));
    if (isRunning())
        return failWith(QStringLiteral("the emulator is already running"));

    m_process = std::make_unique<QProcess>();
    m_url.clear();
    QProcess *process = m_process.get();
    QObject::connect(process, &QProcess::readyReadStandardError, process,
                     [this, process] { m_stderr += process->readAllStandardError(); });
    QStringList args = m_args;
    if (!args.contains(QStringLiteral("--listen")))
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(process, &QProcess::readyReadStandardOutput, &loop, [process, &loop] {
        if (process->canReadLine())
            loop.quit();
    });
    QObject::connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process->start(program, args);
    timeout.start(kStartTimeoutMs);
    loop.exec();

    if (!process->canReadLine()) {
        const QString why =
            process->state() == QProcess::NotRunning
                ? QStringLiteral("the emulator did not start (%1)").arg(process->errorString())
                : QStringLiteral("the emulator printed no URL within 10 s");
        m_process->kill();
        m_process->waitForFinished(5000);
        return failWith(why);
    }
    m_url = QUrl(QString::fromUtf8(process->readLine()).trimmed());
    if (!m_url.isValid() || m_url.port() <= 0)
        return failWith(QStringLiteral("the emulator printed no valid URL"));
    return true;
}

bool EmulatorProcess::stop()
{
    if (!isRunning())
        return false;
    m_process->terminate();
    if (!m_process->waitForFinished(10000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    m_stderr += m_process->readAllStandardError();
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

bool EmulatorProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl EmulatorProcess::apiBase() const
{
    return m_url.resolved(QUrl(QStringLiteral("api/v2/railgun/")));
}

int EmulatorProcess::adminCall(const QString &path, const QByteArray *postBody, QByteArray *body) const
{
    if (!m_url.isValid())
        return 0;
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setTransferTimeout(kAdminTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_trusted);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nullptr;
    if (postBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam.post(request, *postBody);
    } else {
        reply = m_nam.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

bool EmulatorProcess::setFaults(const QList<QPair<QString, QString>> &fields)
{
    const QByteArray form = TestForm::encode(fields);
    return adminCall(QStringLiteral("_emulator/faults"), &form, nullptr) == 200;
}

bool EmulatorProcess::resetFaults()
{
    return setFaults({{QStringLiteral("reset"), QStringLiteral("1")}});
}

bool EmulatorProcess::activate(const QString &rtkn)
{
    const QByteArray form = TestForm::encode({{QStringLiteral("rtkn"), rtkn}});
    return adminCall(QStringLiteral("_emulator/activate"), &form, nullptr) == 200;
}

QJsonObject EmulatorProcess::state() const
{
    QByteArray body;
    if (adminCall(QStringLiteral("_emulator/state"), nullptr, &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

std::optional<QJsonObject> EmulatorProcess::connectionOf(const QString &domain) const
{
    const QString wanted = domain.toLower();
    const QJsonArray connections = state().value(QLatin1String("connections")).toArray();
    for (const QJsonValue &c : connections) {
        if (c.toObject().value(QLatin1String("domain")).toString() == wanted)
            return c.toObject();
    }
    return std::nullopt;
}

QString EmulatorProcess::standardError() const
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return QString::fromUtf8(m_stderr);
}
