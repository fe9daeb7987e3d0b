// The app's icons: the theme's by name when it has one (its "-symbolic" variant only on a light palette),
// else the bundled drawing, which paints inside its square at every size in the palette's text colour (the
// disabled one when disabled); no two bundled drawings look the same. Also the window icon's sizes.
#include "AppSetup.h"
#include "TestTmp.h"
#include "icons/ThemeIcon.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QTest>

using namespace Railgun;
using ThemeIcon::Id;

namespace {

constexpr Id kAllIds[] = {
    Id::Refresh, Id::Enable,    Id::Disable, Id::Connect, Id::Disconnect,   Id::Add,
    Id::Remove,  Id::SelectAll, Id::Undo,    Id::Redo,    Id::Stop,         Id::Import,
    Id::Export,  Id::Accounts,  Id::Quit,    Id::Failed,  Id::ClearFilters, Id::About,
    Id::Close,   Id::ClearText, Id::Reveal,  Id::Open,    Id::Copy,         Id::Find,
    Id::Delete,  Id::Edit,      Id::Send,    Id::Details, Id::Shortcuts,
};

QStringList bundledNames()
{
    QStringList names;
    for (const QString &file : QDir(QStringLiteral(":/icons/symbolic")).entryList({QStringLiteral("*.svg")}))
        names << file.chopped(4);
    return names;
}

QImage render(const QIcon &icon, int side, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(side, side), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

int paintedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

// An icon theme of one folder holding single-colour PNGs.
void writeTheme(const QString &root, const QString &theme, const QStringList &icons, const QColor &colour)
{
    const QString dir = root + QLatin1Char('/') + theme;
    QDir().mkpath(dir + QStringLiteral("/16x16/actions"));
    QFile index(dir + QStringLiteral("/index.theme"));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=" + theme.toUtf8() +
                "\nDirectories=16x16/actions\n\n[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(colour);
    for (const QString &icon : icons)
        QVERIFY(image.save(dir + QStringLiteral("/16x16/actions/") + icon + QStringLiteral(".png")));
}

} // namespace

class TestThemeIcon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;

    static void setTextColour(const QColor &normal, const QColor &disabled)
    {
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Active, QPalette::WindowText, normal);
        palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
        QApplication::setPalette(palette);
    }

private slots:
    void initTestCase()
    {
        m_tmp = TestTmp::create();
        QIcon::setThemeSearchPaths({m_tmp->path()});
        QIcon::setThemeName(QStringLiteral("none-installed"));
        setTextColour(QColor(200, 0, 0), QColor(0, 0, 200));
    }

    void everyIconHasABundledDrawing()
    {
        const QStringList names = bundledNames();
        for (const Id id : kAllIds) {
            QVERIFY2(names.contains(ThemeIcon::name(id)), qPrintable(ThemeIcon::name(id)));
            QVERIFY(!ThemeIcon::fromTheme(id));
            QVERIFY(!ThemeIcon::icon(id).isNull());
        }
    }

    void everyDrawingPaintsInsideItsSquare_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("side");
        for (const QString &name : bundledNames())
            for (const int side : {16, 24, 48})
                QTest::addRow("%s at %d px", qPrintable(name), side) << name << side;
    }
    void everyDrawingPaintsInsideItsSquare()
    {
        QFETCH(QString, name);
        QFETCH(int, side);
        const QImage image = render(ThemeIcon::bundled(name), side);
        QCOMPARE(image.size(), QSize(side, side));
        // Something visible: at least a sixteenth of the square is covered (a minus sign is about that)...
        const int painted = paintedPixels(image);
        QVERIFY2(painted >= side * side / 16, qPrintable(QString::number(painted)));
        // ...and nothing runs off it: the outermost ring of pixels stays (nearly) empty.
        int edge = 0;
        for (int i = 0; i < side; ++i) {
            edge += qAlpha(image.pixel(i, 0)) > 96;
            edge += qAlpha(image.pixel(i, side - 1)) > 96;
            edge += qAlpha(image.pixel(0, i)) > 96;
            edge += qAlpha(image.pixel(side - 1, i)) > 96;
        }
        QVERIFY2(edge <= side / 4, qPrintable(QString::number(edge)));
    }

    void colourFollowsThePalette()
    {
        for (const Id id : kAllIds) {
            for (const auto mode : {QIcon::Normal, QIcon::Disabled}) {
                const QImage image = render(ThemeIcon::icon(id), 24, mode);
                const QColor expected = mode == QIcon::Normal ? QColor(200, 0, 0) : QColor(0, 0, 200);
                int opaque = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QRgb p = image.pixel(x, y);
                        if (qAlpha(p) < 255)
                            continue;
                        ++opaque;
                        QCOMPARE(QColor(p).rgb(), expected.rgb());
                    }
                }
                QVERIFY2(opaque > 0, qPrintable(ThemeIcon::name(id)));
            }
        }
    }

    void aFixedColourStays()
    {
        const QImage image =
            render(ThemeIcon::bundled(QStringLiteral("status-enabled"), QColor(0, 150, 0)), 24);
        QCOMPARE(QColor(image.pixel(12, 3)).rgb(), QColor(0, 150, 0).rgb());
    }

    void drawingsAreDistinct()
    {
        QSet<QByteArray> seen;
        for (const QString &name : bundledNames()) {
            const QImage image = render(ThemeIcon::bundled(name), 24);
            const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                                   int(image.sizeInBytes()));
            QVERIFY2(!seen.contains(bytes), qPrintable(name));
            seen.insert(bytes);
        }
    }

    void clearTextIsCutOut()
    {
        // The cross is transparent: the centre pixel of the disc shows what is behind the field.
        const QImage image = render(ThemeIcon::icon(Id::ClearText), 32);
        QCOMPARE(qAlpha(image.pixel(16, 16)), 0);
        QCOMPARE(qAlpha(image.pixel(16, 6)), 255);
    }

    // A theme that has the name wins; a name it lacks is drawn from the bundle.
    void theThemeComesFirst()
    {
        writeTheme(m_tmp->path(), QStringLiteral("green"), {QStringLiteral("view-refresh")}, Qt::green);
        QIcon::setThemeName(QStringLiteral("green"));
        QVERIFY(ThemeIcon::fromTheme(Id::Refresh));
        QCOMPARE(QColor(render(ThemeIcon::icon(Id::Refresh), 16).pixel(8, 8)).rgb(), QColor(Qt::green).rgb());
        QVERIFY(!ThemeIcon::fromTheme(Id::Undo));
        QCOMPARE(QColor(render(ThemeIcon::icon(Id::Undo), 16).pixel(8, 8)).alpha() >= 0, true);
        QIcon::setThemeName(QStringLiteral("none-installed"));
    }

    // A theme with only "edit-undo-symbolic": used on a light palette, not on a dark one (Qt does not
    // recolour it, and its dark grey would vanish on a dark background).
    void symbolicOnlyOnALightPalette()
    {
        writeTheme(m_tmp->path(), QStringLiteral("symbolic"), {QStringLiteral("edit-undo-symbolic")},
                   Qt::gray);
        QIcon::setThemeName(QStringLiteral("symbolic"));
        setTextColour(QColor(20, 20, 20), QColor(120, 120, 120)); // dark text: a light palette
        QVERIFY(ThemeIcon::fromTheme(Id::Undo));
        setTextColour(QColor(230, 230, 230), QColor(120, 120, 120)); // light text: a dark palette
        QVERIFY(!ThemeIcon::fromTheme(Id::Undo));
        QIcon::setThemeName(QStringLiteral("none-installed"));
        setTextColour(QColor(200, 0, 0), QColor(0, 0, 200));
    }

    // The window icon: every PNG size src/app/CMakeLists.txt embeds, read without a theme lookup.
    void windowIconHasEveryEmbeddedSize()
    {
        AppSetup::applyIdentity();
        const QList<QSize> sizes = QApplication::windowIcon().availableSizes();
        QCOMPARE(sizes.size(), 5);
        for (const int side : {16, 24, 32, 48, 64})
            QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    }

    void highDpiPixmapsAreSharp()
    {
        const QPixmap pixmap = ThemeIcon::icon(Id::Refresh).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(TestThemeIcon)
#include "tst_themeicon.moc"
