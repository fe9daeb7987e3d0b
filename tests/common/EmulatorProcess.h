#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

// Runs the real railgun-emulator (the binary named by $RAILGUN_EMULATOR) on a free loopback port for a
// test, and talks to its admin endpoints synchronously.
class EmulatorProcess final
{
public:
    explicit EmulatorProcess(QStringList args = {QStringLiteral("--demo")});
    ~EmulatorProcess();
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Starts it with args + "--listen 127.0.0.1:0" and waits (at most 10 s) for the URL line.
    bool start(QString *error = nullptr);
    // SIGTERM and wait: the emulator saves its state file on the way out. True on a clean exit.
    bool stop();
    bool isRunning() const;

    QUrl url() const { return m_url; }
    QUrl apiBase() const; // url + "api/v2/railgun/"

    // POST /_emulator/faults with these fields; true when the emulator accepted them.
    bool setFaults(const QList<QPair<QString, QString>> &fields);
    bool resetFaults();
    // POST /_emulator/activate rtkn=...
    bool activate(const QString &rtkn);
    // GET /_emulator/state (empty on failure). Holds secrets: never print it.
    QJsonObject state() const;
    std::optional<QJsonObject> connectionOf(const QString &domain) const;

    QString standardError() const;
    // For an HTTPS emulator with a self-signed certificate: the admin calls trust these too.
    void setTrustedCertificates(const QList<QSslCertificate> &ca) { m_trusted = ca; }

private:
    // A synchronous admin call; returns the HTTP status (0 on a network error) and the body.
    int adminCall(const QString &path, const QByteArray *postBody, QByteArray *body) const;

    QStringList m_args;
    std::unique_ptr<QProcess> m_process;
    mutable QByteArray m_stderr;
    QUrl m_url;
    mutable QNetworkAccessManager m_nam;
    QList<QSslCertificate> m_trusted;
};
