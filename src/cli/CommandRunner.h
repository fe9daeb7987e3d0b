#pragma once

#include "CommandLine.h"
#include "Configuration.h"
#include "DomainInput.h"

#include <QObject>
#include <QProcessEnvironment>

class QIODevice;
class QNetworkAccessManager;

namespace Railgun {
class AccountSession;
}

namespace RailgunCtl {

// Runs one parsed invocation: gathers its inputs (domains, the Railgun token), then the command, then
// prints. finished() carries the exit status.
class CommandRunner final : public QObject
{
    Q_OBJECT

public:
    CommandRunner(const Invocation &invocation, const QProcessEnvironment &env, QObject *parent = nullptr);
    ~CommandRunner() override;

    // Reads DOMAIN... (or standard input for "-") and the Railgun token. Returns a usage error in words,
    // or empty. Needs no network and no credentials, so it runs before the configuration is loaded.
    QString prepareInputs(QIODevice *stdinDevice);
    // Starts the command with a loaded configuration.
    void run(const Configuration &configuration);
    // Ctrl-C during a domain command: see DomainCommand::cancel(). False when nothing can be cancelled
    // (the caller then lets the signal end the process).
    bool cancel();

signals:
    void finished(int exitCode);

private:
    void runDomainCommand();
    class DomainCommand *m_domainCommand = nullptr;
    Invocation m_invocation;
    QProcessEnvironment m_env;
    QList<DomainEntry> m_domains;
    QString m_rtkn; // secret, never printed
    QNetworkAccessManager *m_nam = nullptr;
    Railgun::AccountSession *m_session = nullptr;
    Configuration m_configuration;
};

} // namespace RailgunCtl
