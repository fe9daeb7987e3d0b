#include "CommandRunner.h"

#include "Console.h"
#include "DomainCommand.h"
#include "JsonOutput.h"
#include "RailgunCommands.h"
#include "TableOutput.h"
#include "api/RailgunApi.h"
#include "session/AccountSession.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace RailgunCtl {

CommandRunner::CommandRunner(const Invocation &invocation, const QProcessEnvironment &env, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_env(env)
{}

CommandRunner::~CommandRunner() = default;

QString CommandRunner::prepareInputs(QIODevice *stdinDevice)
{
    const QString envRtkn = m_env.value(QStringLiteral("RAILGUN_RTKN")).trimmed();
    using Command = Invocation::Command;

    switch (m_invocation.command) {
    case Command::Delete: {
        const QString arg = m_invocation.arguments.value(0);
        if (arg == QLatin1String("-"))
            m_rtkn = DomainInput::readFirstLine(stdinDevice);
        else if (!arg.isEmpty())
            m_rtkn = arg.trimmed();
        else
            m_rtkn = envRtkn;
        if (m_rtkn.isEmpty())
            return arg == QLatin1String("-")
                       ? tr("No Railgun token on standard input.")
                       : tr("\"delete\" needs the Railgun token: RTKN, \"-\" to read it from "
                            "standard input, or RAILGUN_RTKN.");
        return {};
    }
    case Command::Connect:
    case Command::Enable:
    case Command::Disable:
    case Command::Disconnect:
        m_rtkn = m_invocation.rtkn.isEmpty() ? envRtkn : m_invocation.rtkn.trimmed();
        if (m_invocation.command == Command::Connect && m_rtkn.isEmpty())
            return tr("\"connect\" needs the Railgun token: --rtkn RTKN or RAILGUN_RTKN.");
        break;
    default:
        break;
    }

    if (m_invocation.isDomainCommand()) {
        m_domains = DomainInput::collect(m_invocation.arguments, stdinDevice);
        if (m_domains.isEmpty())
            return tr("No domains on standard input.");
    }
    return {};
}

void CommandRunner::run(const Configuration &configuration)
{
    m_configuration = configuration;
    m_nam = new QNetworkAccessManager(this);
    Railgun::SessionConfig config;
    config.credentials = configuration.credentials;
    config.options = configuration.options;
    config.options.useGet = m_invocation.useGet;
    config.options.userAgent = QByteArrayLiteral("railgunctl/" RAILGUN_VERSION);
    config.concurrency = m_invocation.concurrency;
    config.rateLimit = configuration.rateLimit;
    m_session = new Railgun::AccountSession(config, m_nam, this);
    // What the server asked for, on standard error: a run that waits says why.
    connect(m_session, &Railgun::AccountSession::paused, this, [](qint64 secs) {
        Console::error(tr("The server asked to slow down: waiting %n second(s).", nullptr, int(secs)));
    });
    connect(m_session, &Railgun::AccountSession::held, this, [this](qint64 secs) {
        Console::error(
            tr("The server asked to wait %1 seconds, longer than this run waits: stopping.").arg(secs));
        cancel();
        m_session->resume(); // what was cancelled ends; calls already sent were answered
    });

    using Command = Invocation::Command;
    if (m_invocation.isDomainCommand()) {
        runDomainCommand();
        return;
    }
    auto *commands = new RailgunCommands(m_session, m_invocation.json, this);
    connect(commands, &RailgunCommands::finished, this, &CommandRunner::finished);
    switch (m_invocation.command) {
    case Command::Railguns:
        commands->list();
        break;
    case Command::Create:
        commands->create(m_invocation.arguments.at(0), m_invocation.arguments.at(1));
        break;
    case Command::Delete:
        commands->remove(m_rtkn);
        break;
    default:
        Console::error(tr("Nothing to do."));
        emit finished(ExitUsage);
        break;
    }
}

bool CommandRunner::cancel()
{
    return m_domainCommand && m_domainCommand->cancel();
}

void CommandRunner::runDomainCommand()
{
    auto *command = new DomainCommand(m_invocation.command, m_session, this);
    m_domainCommand = command;
    command->setRtkn(m_rtkn);
    command->setEnable(m_invocation.enable);
    command->setVerify(m_invocation.verify);
    connect(command, &DomainCommand::finished, this, [this, command] {
        const QList<DomainOutcome> &outcomes = command->outcomes();
        if (m_invocation.json)
            Console::outBytes(JsonOutput::domains(outcomes));
        else
            Console::out(TableOutput::domains(outcomes));
        for (const DomainOutcome &o : outcomes) {
            if (!o.ok)
                Console::error(o.domain + QStringLiteral(": ") + o.failure.message);
        }
        const int failed = command->failedCount();
        if (failed > 0) {
            Console::error(tr("%1 of %2 domains failed.").arg(failed).arg(outcomes.size()));
        }
        emit finished(failed > 0 ? ExitFailed : ExitOk);
    });
    command->start(m_domains);
}

} // namespace RailgunCtl
