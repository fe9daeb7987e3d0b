// The translations: every message of the .ts files is translated (placeholders kept), the .qm files are
// embedded under :/i18n, and the real main window shows German (and French) text with them installed.
#include "AppActions.h"
#include "MainWindow.h"
#include "TestTmp.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Railgun;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool vanished = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.translations << xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
            if (!vanished)
                messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QString tsPath(const QString &lang) const
    {
        return qEnvironmentVariable("RAILGUN_SOURCE_DIR") +
               QStringLiteral("/translations/railgun-desk_%1.ts").arg(lang);
    }

    // The real main window, built with the translator for `locale` installed; checks its visible texts.
    void checkMainWindow(const QLocale &locale, const QString &file, const QString &edit,
                         const QString &refresh, const QString &title)
    {
        QLocale::setDefault(locale);
        QTranslator translator;
        QVERIFY(translator.load(locale, QStringLiteral("railgun-desk"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QVERIFY(QApplication::installTranslator(&translator));

        auto tmp = TestTmp::create();
        SettingsStore accounts(tmp->filePath(QStringLiteral("settings.ini")));
        CredentialStore credentials(QStringLiteral("railgun-desk-test"));
        {
            MainWindow window(&accounts, &credentials, tmp->filePath(QStringLiteral("data")));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            const QList<QAction *> menus = window.menuBar()->actions();
            QVERIFY(menus.size() >= 2);
            QCOMPARE(menus.at(0)->text(), file);
            QCOMPARE(menus.at(1)->text(), edit);
            QVERIFY(menus.at(0)->text() != QStringLiteral("&File"));
            QCOMPARE(window.actions()->refresh->text(), refresh);
            QVERIFY(window.actions()->refresh->text() != QStringLiteral("&Refresh"));
            QCOMPARE(window.actions()->refresh->text(),
                     translator.translate("Railgun::AppActions", "&Refresh"));
            QVERIFY(window.windowTitle().contains(title));
        }
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale::c());
    }

private slots:
    void tsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void tsComplete()
    {
        QFETCH(QString, lang);
        QString error;
        const QList<Message> messages = readTs(tsPath(lang), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (m.unfinished)
                problems << QStringLiteral("unfinished: ") + where;
            if (m.translations.isEmpty() || (m.numerus && m.translations.size() != 2))
                problems << QStringLiteral("wrong number of forms: ") + where;
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                for (const QString &p : wanted) {
                    // %n may be left out of the singular form only where the language says "one"
                    if (!t.contains(p))
                        problems << QStringLiteral("lost %1: ").arg(p) + where + QStringLiteral(" -> ") + t;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void qmEmbedded()
    {
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/railgun-desk_de.qm")));
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/railgun-desk_fr.qm")));
        QTranslator de;
        QVERIFY(de.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("railgun-desk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
        QCOMPARE(de.translate("Railgun::ApiError", "Network error."), QStringLiteral("Netzwerkfehler."));
        QCOMPARE(de.translate("MainWindow", "Main Toolbar"), QStringLiteral("Hauptwerkzeugleiste"));
        QTranslator fr;
        QVERIFY(fr.load(QLocale(QStringLiteral("fr_FR")), QStringLiteral("railgun-desk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
        QCOMPARE(fr.translate("Railgun::ApiError", "Network error."), QStringLiteral("Erreur réseau."));
        // plural forms
        QCOMPARE(de.translate("Railgun::MainWindow", "%n domain(s)", nullptr, 1),
                 QStringLiteral("%n Domain"));
        QCOMPARE(de.translate("Railgun::MainWindow", "%n domain(s)", nullptr, 5),
                 QStringLiteral("%n Domains"));
        QCOMPARE(fr.translate("Railgun::MainWindow", "%n domain(s)", nullptr, 1),
                 QStringLiteral("%n domaine"));
        QCOMPARE(fr.translate("Railgun::MainWindow", "%n domain(s)", nullptr, 5),
                 QStringLiteral("%n domaines"));
    }

    void mainWindowGerman()
    {
        checkMainWindow(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("&Datei"),
                        QStringLiteral("&Bearbeiten"), QStringLiteral("&Aktualisieren"),
                        QStringLiteral("Railgun Desk"));
    }

    void mainWindowFrench()
    {
        checkMainWindow(QLocale(QLocale::French, QLocale::France), QStringLiteral("&Fichier"),
                        QStringLiteral("É&dition"), QStringLiteral("&Actualiser"),
                        QStringLiteral("Railgun Desk"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
