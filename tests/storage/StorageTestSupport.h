#pragma once

#include "storage/CredentialStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

#include <sys/stat.h>

// Helpers shared by the storage tests. Header-only: every test is its own executable.
namespace StorageTest {

// A fresh scratch folder under RAILGUN_TEST_TMP (or the system temp folder), removed at the end.
inline std::unique_ptr<QTemporaryDir> scratchDir()
{
    QString root = qEnvironmentVariable("RAILGUN_TEST_TMP");
    if (root.isEmpty())
        root = QDir::tempPath();
    QDir().mkpath(root);
    auto dir = std::make_unique<QTemporaryDir>(root + QStringLiteral("/storage-XXXXXX"));
    return dir;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Whether any file below `dir` contains `needle` (for "the secret never reached the disk").
inline bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &e : entries) {
        if (e.isDir() ? anyFileContains(e.filePath(), needle) : readAll(e.filePath()).contains(needle))
            return true;
    }
    return false;
}

// A unique keychain service name, so a test never touches the user's real entries.
inline QString testService()
{
    return QStringLiteral("railgun-desk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A made-up secret (never printed: compare with QVERIFY, not QCOMPARE).
inline QString fakeSecret()
{
    return QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::Id128);
}

// Why the keychain tests need the environment they need, for QFAIL messages.
inline QByteArray keychainHint(const QString &message)
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    return (QStringLiteral("the system keychain is required but unavailable: ") + message +
            QStringLiteral(" [DBUS_SESSION_BUS_ADDRESS=") +
            (bus.isEmpty() ? QStringLiteral("<unset>") : bus) +
            QStringLiteral("]. Run it through ctest, whose fixture starts a session bus with an unlocked "
                           "gnome-keyring-daemon (see tests/CMakeLists.txt)."))
        .toLocal8Bit();
}

// Whether the system keychain answers a probe: empty when it does, else what went wrong.
inline QString keychainProblem(const QString &service)
{
    Railgun::CredentialStore store(service);
    std::optional<Railgun::CredentialStore::Result> probe;
    store.probe([&](const Railgun::CredentialStore::Result &r) { probe = r; });
    if (!QTest::qWaitFor([&] { return probe.has_value(); }, 20000))
        return QStringLiteral("the keychain probe never called back");
    return probe->status == Railgun::CredentialStore::Status::Ok ? QString() : probe->message;
}

// The file's mode bits as the system sees them (0600 expected when a secret is inside); -1 if missing.
inline int fileMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// The environment of a child run without a working keychain: a session bus address that leads nowhere.
inline QProcessEnvironment environmentWithBus(const QString &address)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    return env;
}

} // namespace StorageTest

// Keychain-dependent cases fail (never skip) when the keychain is missing, and say why. For a test class
// with a QString m_keychainProblem set from StorageTest::keychainProblem() in initTestCase().
#define REQUIRE_KEYCHAIN()                                                                                   \
    do {                                                                                                     \
        if (!m_keychainProblem.isEmpty())                                                                    \
            QFAIL(StorageTest::keychainHint(m_keychainProblem).constData());                                 \
    } while (false)
