// View ▸ Language: the choice is stored in the settings and said to apply at the next start.
#include "LanguageMenu.h"
#include "storage/SettingsStore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Railgun;

class TestLanguageMenu : public QObject
{
    Q_OBJECT

private:
    static QAction *entry(LanguageMenu &menu, const QString &code)
    {
        for (QAction *a : menu.actions()) {
            if (a->data().toString() == code)
                return a;
        }
        return nullptr;
    }

private slots:
    void followsTheSystemByDefault()
    {
        QTemporaryDir dir;
        SettingsStore store(dir.filePath(QStringLiteral("settings.ini")));
        LanguageMenu menu(&store);
        QCOMPARE(menu.current(), QStringLiteral("system"));
        QVERIFY(entry(menu, QStringLiteral("system"))->isChecked());
        QCOMPARE(entry(menu, QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));
        QCOMPARE(entry(menu, QStringLiteral("fr"))->text(), QStringLiteral("Français"));
    }

    void choiceIsStoredAndShownNextTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            SettingsStore store(path);
            LanguageMenu menu(&store);
            QSignalSpy chosen(&menu, &LanguageMenu::languageChosen);
            entry(menu, QStringLiteral("de"))->trigger();
            QCOMPARE(chosen.count(), 1);
            QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
            QVERIFY(!chosen.at(0).at(1).toString().isEmpty());
            QCOMPARE(menu.current(), QStringLiteral("de"));
            entry(menu, QStringLiteral("de"))->trigger(); // the same choice again says nothing
            QCOMPARE(chosen.count(), 1);
        }
        SettingsStore reopened(path);
        QCOMPARE(reopened.value(SettingKeys::language), QStringLiteral("de"));
        LanguageMenu menu(&reopened);
        QVERIFY(entry(menu, QStringLiteral("de"))->isChecked());
        QVERIFY(!entry(menu, QStringLiteral("system"))->isChecked());
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_language_menu.moc"
