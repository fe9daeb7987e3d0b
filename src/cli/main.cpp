// railgunctl: the command line over the Railgun core library. See CommandLine::helpText() for the contract.
#include "CommandLine.h"
#include "CommandRunner.h"
#include "Configuration.h"
#include "Console.h"
#include "ProfileLoader.h"
#include "common/SignalWatcher.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>

using namespace RailgunCtl;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("railgunctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAILGUN_VERSION));

    const ParseResult parsed = CommandLine::parse(app.arguments().mid(1));
    if (!parsed.ok()) {
        Console::error(parsed.error);
        Console::error(QCoreApplication::translate("main", "Try \"railgunctl --help\"."));
        return ExitUsage;
    }
    const Invocation &invocation = parsed.invocation;
    if (invocation.showHelp) {
        Console::out(CommandLine::helpText());
        return ExitOk;
    }
    if (invocation.showVersion) {
        Console::out(QStringLiteral("railgunctl %1\n").arg(QStringLiteral(RAILGUN_VERSION)));
        return ExitOk;
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    CommandRunner runner(invocation, env);
    QObject::connect(&runner, &CommandRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });

    // The first Ctrl-C cancels a bulk run cleanly (what was done is printed); the second ends at once.
    Railgun::SignalWatcher interrupt;
    QObject::connect(&interrupt, &Railgun::SignalWatcher::terminationRequested, &runner, [&runner] {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        if (runner.cancel())
            Console::error(QCoreApplication::translate("main",
                                                       "Cancelling: calls in flight finish, nothing new "
                                                       "starts (Ctrl-C again to stop at once)."));
        else
            ::raise(SIGINT);
    });

    QFile in;
    const bool readsStdin = invocation.arguments.contains(QStringLiteral("-"));
    if (readsStdin && !in.open(stdin, QIODevice::ReadOnly)) {
        Console::error(QCoreApplication::translate("main", "Cannot read standard input."));
        return ExitUsage;
    }
    if (const QString error = runner.prepareInputs(readsStdin ? &in : nullptr); !error.isEmpty()) {
        Console::error(error);
        return ExitUsage;
    }

    ProfileLoader profiles;
    if (invocation.profile.isEmpty()) {
        const Configuration configuration = ConfigurationLoader::fromEnvironment(env);
        if (!configuration.ok()) {
            Console::error(configuration.error);
            return ExitUsage;
        }
        runner.run(configuration);
    } else {
        // The keychain answers from the event loop; exit() works there.
        profiles.load(invocation.profile, invocation.settingsFile,
                      [&runner](const Configuration &configuration) {
                          if (!configuration.ok()) {
                              Console::error(configuration.error);
                              QCoreApplication::exit(ExitUsage);
                              return;
                          }
                          runner.run(configuration);
                      });
    }
    return app.exec();
}
