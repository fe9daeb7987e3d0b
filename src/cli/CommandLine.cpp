#include "CommandLine.h"

#include <QCoreApplication>

namespace RailgunCtl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RailgunCtl::CommandLine", text);
}

struct CommandSpec
{
    Invocation::Command command;
    const char *name;
};

constexpr CommandSpec kCommands[] = {
    {Invocation::Command::Railguns, "railguns"}, {Invocation::Command::Create, "create"},
    {Invocation::Command::Delete, "delete"},     {Invocation::Command::Status, "status"},
    {Invocation::Command::Connect, "connect"},   {Invocation::Command::Enable, "enable"},
    {Invocation::Command::Disable, "disable"},   {Invocation::Command::Disconnect, "disconnect"},
};

// Options that would carry a secret: refused with a pointer to the environment variable instead.
constexpr const char *kSecretOptions[][2] = {
    {"--token", "RAILGUN_TOKEN"},
    {"--tkn", "RAILGUN_TOKEN"},
    {"--host-key", "RAILGUN_HOST_KEY"},
    {"--api-key", "RAILGUN_TOKEN"},
};

Invocation::Command commandFromName(const QString &name)
{
    for (const CommandSpec &spec : kCommands) {
        if (name == QLatin1String(spec.name))
            return spec.command;
    }
    return Invocation::Command::None;
}

// Splits "--name=value" into name and value; *hasValue tells whether '=' was there.
QString optionName(const QString &argument, QString *value, bool *hasValue)
{
    const int eq = argument.indexOf(QLatin1Char('='));
    *hasValue = eq > 0;
    if (eq > 0) {
        *value = argument.mid(eq + 1);
        return argument.left(eq);
    }
    return argument;
}

QString checkArgumentCount(const Invocation &inv)
{
    const QString name = CommandLine::commandName(inv.command);
    const int n = inv.arguments.size();
    switch (inv.command) {
    case Invocation::Command::None:
        return tr("No command given.");
    case Invocation::Command::Railguns:
        if (n != 0)
            return tr("\"railguns\" takes no arguments.");
        break;
    case Invocation::Command::Create:
        if (n != 2)
            return tr("\"create\" needs exactly two arguments: NAME PUBNAME.");
        if (inv.arguments.at(0).trimmed().isEmpty() || inv.arguments.at(1).trimmed().isEmpty())
            return tr("\"create\" needs a non-empty NAME and PUBNAME.");
        break;
    case Invocation::Command::Delete:
        if (n > 1)
            return tr("\"delete\" takes one RTKN (or \"-\" to read it from standard input).");
        break;
    default:
        if (n == 0)
            return QCoreApplication::translate("RailgunCtl::CommandLine",
                                               "\"%1\" needs at least one DOMAIN (or \"-\" to read them from "
                                               "standard input).")
                .arg(name);
        if (n > 1 && inv.arguments.contains(QStringLiteral("-")))
            return tr("\"-\" must be the only DOMAIN when reading domains from standard input.");
        break;
    }
    return {};
}
} // namespace

bool Invocation::isDomainCommand() const
{
    switch (command) {
    case Command::Status:
    case Command::Connect:
    case Command::Enable:
    case Command::Disable:
    case Command::Disconnect:
        return true;
    default:
        return false;
    }
}

namespace CommandLine {

QString commandName(Invocation::Command command)
{
    for (const CommandSpec &spec : kCommands) {
        if (spec.command == command)
            return QLatin1String(spec.name);
    }
    return {};
}

ParseResult parse(const QStringList &arguments)
{
    ParseResult r;
    Invocation &inv = r.invocation;
    bool rtknGiven = false;
    bool optionsEnded = false;
    bool commandSeen = false;

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            if (!commandSeen) {
                inv.command = commandFromName(arg);
                if (inv.command == Invocation::Command::None) {
                    r.error =
                        QCoreApplication::translate("RailgunCtl::CommandLine", "Unknown command \"%1\".")
                            .arg(arg);
                    return r;
                }
                commandSeen = true;
            } else {
                inv.arguments.append(arg);
            }
            continue;
        }

        QString value;
        bool hasValue = false;
        const QString name = optionName(arg, &value, &hasValue);
        // Options with a value take it after '=' or as the next argument.
        auto takeValue = [&](QString *out) -> bool {
            if (hasValue) {
                *out = value;
                return true;
            }
            if (i + 1 >= arguments.size()) {
                r.error =
                    QCoreApplication::translate("RailgunCtl::CommandLine", "The option %1 needs a value.")
                        .arg(name);
                return false;
            }
            *out = arguments.at(++i);
            return true;
        };
        auto noValue = [&]() -> bool {
            if (hasValue) {
                r.error =
                    QCoreApplication::translate("RailgunCtl::CommandLine", "The option %1 takes no value.")
                        .arg(name);
                return false;
            }
            return true;
        };

        if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            if (!noValue())
                return r;
            inv.showHelp = true;
        } else if (name == QLatin1String("--version")) {
            if (!noValue())
                return r;
            inv.showVersion = true;
        } else if (name == QLatin1String("--json")) {
            if (!noValue())
                return r;
            inv.json = true;
        } else if (name == QLatin1String("--get")) {
            if (!noValue())
                return r;
            inv.useGet = true;
        } else if (name == QLatin1String("--enable")) {
            if (!noValue())
                return r;
            inv.enable = true;
        } else if (name == QLatin1String("--verify")) {
            if (!noValue())
                return r;
            inv.verify = true;
        } else if (name == QLatin1String("--concurrency")) {
            QString text;
            if (!takeValue(&text))
                return r;
            bool ok = false;
            const int n = text.toInt(&ok);
            if (!ok || n < 1 || n > 64) {
                r.error = QCoreApplication::translate(
                              "RailgunCtl::CommandLine",
                              "--concurrency needs a whole number from 1 to 64, not \"%1\".")
                              .arg(text);
                return r;
            }
            inv.concurrency = n;
        } else if (name == QLatin1String("--profile")) {
            if (!takeValue(&inv.profile))
                return r;
            if (inv.profile.trimmed().isEmpty()) {
                r.error = tr("--profile needs an account name.");
                return r;
            }
        } else if (name == QLatin1String("--settings")) {
            if (!takeValue(&inv.settingsFile))
                return r;
        } else if (name == QLatin1String("--rtkn")) {
            if (!takeValue(&inv.rtkn))
                return r;
            rtknGiven = true;
        } else {
            for (const auto &secret : kSecretOptions) {
                if (name == QLatin1String(secret[0])) {
                    r.error =
                        QCoreApplication::translate("RailgunCtl::CommandLine",
                                                    "Secrets are never taken as command-line arguments "
                                                    "(other users can read them); set %1 in the environment.")
                            .arg(QLatin1String(secret[1]));
                    return r;
                }
            }
            r.error = QCoreApplication::translate("RailgunCtl::CommandLine", "Unknown option %1.").arg(name);
            return r;
        }
    }

    if (inv.showHelp || inv.showVersion)
        return r;

    if (const QString e = checkArgumentCount(inv); !e.isEmpty()) {
        r.error = e;
        return r;
    }
    if (rtknGiven) {
        const bool takesRtkn =
            inv.command == Invocation::Command::Connect || inv.command == Invocation::Command::Enable ||
            inv.command == Invocation::Command::Disable || inv.command == Invocation::Command::Disconnect;
        if (!takesRtkn) {
            r.error = QCoreApplication::translate("RailgunCtl::CommandLine", "\"%1\" takes no --rtkn option.")
                          .arg(commandName(inv.command));
            return r;
        }
        if (inv.rtkn.trimmed().isEmpty()) {
            r.error = tr("--rtkn needs a Railgun token.");
            return r;
        }
        if (inv.rtkn == QLatin1String("-")) {
            r.error =
                tr("--rtkn cannot read standard input (\"-\" is for domains); set RAILGUN_RTKN instead.");
            return r;
        }
    }
    if (inv.enable && inv.command != Invocation::Command::Connect) {
        r.error = tr("--enable belongs to \"connect\".");
        return r;
    }
    return r;
}

QString helpText()
{
    return tr(R"(Usage: railgunctl [OPTIONS] COMMAND [ARGUMENTS]

Manage Railguns and their domain connections through the Railgun client API.

Commands:
  railguns                         List the account's Railguns (id, name, pubname, status).
  create NAME PUBNAME              Create a Railgun; prints its token (rtkn) once.
  delete RTKN                      Delete the Railgun with this token. RTKN may be "-" (read
                                   from standard input) or left out when RAILGUN_RTKN is set.
  status DOMAIN...                 Show each domain's connection.
  connect --rtkn RTKN [--enable] DOMAIN...
                                   Connect domains to a Railgun (and enable it with --enable).
  enable DOMAIN...                 Send the domains' traffic through their Railgun.
  disable DOMAIN...                Stop sending the domains' traffic through their Railgun.
  disconnect DOMAIN...             Remove the domains' connections.
  enable, disable and disconnect look up each domain's Railgun token when --rtkn is not given.
  "-" as the only DOMAIN reads domains from standard input, one per line (blank lines and
  lines starting with # are ignored).

Options:
  --json               Print one JSON document instead of a table.
  --concurrency N      Requests in flight at once (1-64, default 4; at most 6 are used).
  --verify             Read each changed domain back after a successful change (one more
                       request per domain; without it the server's confirmation is shown).
  --get                Use GET requests instead of POST.
  --rtkn RTKN          The Railgun token for connect/enable/disable/disconnect
                       (or set RAILGUN_RTKN).
  --profile NAME       Use an account saved by the desktop app instead of the environment.
  --settings FILE      The desktop app's settings file to read --profile from.
  --version            Print the version.
  -h, --help           Print this help.

Environment:
  RAILGUN_API_URL      API base URL (default https://www.cloudflare.com/api/v2/railgun/).
  RAILGUN_EMAIL, RAILGUN_TOKEN
                       Client API credentials, or
  RAILGUN_HOST_KEY     the partner host key.
  RAILGUN_RTKN         Railgun token, instead of --rtkn or the RTKN argument.
  RAILGUN_ALLOW_INSECURE=1
                       Allow plain http:// to a host other than this computer.
  RAILGUN_CA_FILE      Extra CA certificate(s) (PEM) to trust.
  RAILGUN_TIMEOUT_MS   Per-request timeout in milliseconds (default 30000).
  RAILGUN_RATE_LIMIT   The server's limit the run stays under, REQUESTS/SECONDS
                       (default 1200/300, Cloudflare's; 0 = no client-side limit).
  Secrets are never taken as command-line arguments.
  With --profile the saved account is used as a whole; these variables are ignored,
  except RAILGUN_RTKN.

Exit status: 0 everything succeeded, 1 something failed, 2 usage or configuration error.
)");
}

} // namespace CommandLine

} // namespace RailgunCtl
