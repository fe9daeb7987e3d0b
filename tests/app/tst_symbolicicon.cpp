// The app's drawn icons: every glyph paints inside its square at every size, in the palette's text colour
// (the disabled one when disabled), and no two glyphs look the same. Also the window icon's sizes.
#include "AppSetup.h"
#include "icons/SymbolicIcon.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QSet>
#include <QTest>

using namespace Railgun;
using SymbolicIcon::Glyph;

namespace {

constexpr Glyph kAllGlyphs[] = {
    Glyph::Refresh,   Glyph::Enable,    Glyph::Disable, Glyph::Connect,      Glyph::Disconnect, Glyph::Add,
    Glyph::Remove,    Glyph::SelectAll, Glyph::Undo,    Glyph::Stop,         Glyph::Import,     Glyph::Export,
    Glyph::Accounts,  Glyph::Quit,      Glyph::Failed,  Glyph::ClearFilters, Glyph::About,      Glyph::Close,
    Glyph::ClearText, Glyph::Reveal,    Glyph::Open,
};

QImage render(Glyph glyph, int side, QIcon::Mode mode = QIcon::Normal)
{
    return SymbolicIcon::icon(glyph)
        .pixmap(QSize(side, side), 1.0, mode)
        .toImage()
        .convertToFormat(QImage::Format_ARGB32);
}

int paintedPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) > 0;
    return n;
}

} // namespace

class TestSymbolicIcon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QPalette palette = QApplication::palette();
        palette.setColor(QPalette::Active, QPalette::WindowText, QColor(200, 0, 0));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0, 0, 200));
        QApplication::setPalette(palette);
    }

    void everyGlyphPaintsInsideItsSquare_data()
    {
        QTest::addColumn<int>("glyph");
        QTest::addColumn<int>("side");
        for (const Glyph g : kAllGlyphs)
            for (const int side : {16, 24, 48})
                QTest::addRow("glyph %d at %d px", int(g), side) << int(g) << side;
    }

    void everyGlyphPaintsInsideItsSquare()
    {
        QFETCH(int, glyph);
        QFETCH(int, side);
        const QImage image = render(Glyph(glyph), side);
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
        for (const Glyph g : kAllGlyphs) {
            for (const auto mode : {QIcon::Normal, QIcon::Disabled}) {
                const QImage image = render(g, 24, mode);
                const QColor expected = mode == QIcon::Normal ? QColor(200, 0, 0) : QColor(0, 0, 200);
                int opaque = 0;
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QRgb p = image.pixel(x, y);
                        if (qAlpha(p) < 255)
                            continue;
                        ++opaque;
                        QCOMPARE(QColor(p), expected);
                    }
                }
                QVERIFY2(opaque > 0, qPrintable(QString::number(int(g))));
            }
        }
    }

    void glyphsAreDistinct()
    {
        QSet<QByteArray> seen;
        for (const Glyph g : kAllGlyphs) {
            const QImage image = render(g, 24);
            const QByteArray bytes(reinterpret_cast<const char *>(image.constBits()),
                                   int(image.sizeInBytes()));
            QVERIFY2(!seen.contains(bytes), qPrintable(QString::number(int(g))));
            seen.insert(bytes);
        }
    }

    void clearTextIsCutOut()
    {
        // The cross is transparent: the centre pixel of the disc shows what is behind the field.
        const QImage image = render(Glyph::ClearText, 32);
        QCOMPARE(qAlpha(image.pixel(16, 16)), 0);
        QVERIFY(qAlpha(image.pixel(16, 6)) == 255);
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
        const QPixmap pixmap = SymbolicIcon::icon(Glyph::Refresh).pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }
};

QTEST_MAIN(TestSymbolicIcon)
#include "tst_symbolicicon.moc"
