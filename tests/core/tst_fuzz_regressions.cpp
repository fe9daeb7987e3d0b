// What the fuzzers (tests/fuzz) check, in the normal suite: every committed seed and every crash they
// found, through the same property functions (FuzzProperties.h), plus the exact crashing inputs.
#include "../fuzz/FuzzProperties.h"
#include "ParserTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Railgun;
using namespace ParserTestSupport;

namespace {
// One data row per file of each folder (relative to the source tree).
void addFileRows(const QStringList &folders)
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const QString &folder : folders) {
        const QDir dir(sourcePath(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << dir.filePath(name);
            ++rows;
        }
    }
    if (rows == 0)
        qFatal("no corpus files found under %s", qPrintable(sourcePath(folders.join(QLatin1Char(' ')))));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    // The response corpus and the documented bodies hold every property the fuzzer checks.
    void responseCorpus_data()
    {
        addFileRows({QStringLiteral("tests/fuzz/corpus/response"), QStringLiteral("tests/fixtures/docs")});
    }
    void responseCorpus()
    {
        QFETCH(QString, path);
        const QString violation = RailgunFuzz::responseParserViolation(readFile(path));
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
    }

    void domainCorpus_data() { addFileRows({QStringLiteral("tests/fuzz/corpus/domain")}); }
    void domainCorpus()
    {
        QFETCH(QString, path);
        const QByteArray bytes = readFile(path);
        for (const QString &input : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
            const QString violation = RailgunFuzz::domainNameViolation(input);
            QVERIFY2(violation.isEmpty(), qPrintable(violation));
        }
    }

    // Seeds whose outcome is known: the normaliser's answer for the edge cases of the domain corpus.
    void domainCorpusOutcomes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // empty: invalid
        QTest::newRow("plain") << "plain"
                               << "example.com";
        QTest::newRow("upper, trailing dot") << "upper_trailing_dot"
                                             << "www.example.com";
        QTest::newRow("IDN") << "idn_utf8"
                             << "xn--bcher-kva.example";
        QTest::newRow("punycode") << "punycode"
                                  << "xn--bcher-kva.example";
        QTest::newRow("punycode upper") << "punycode_upper"
                                        << "xn--bcher-kva.example";
        QTest::newRow("padded") << "padded"
                                << "padded.example.org";
        QTest::newRow("label 63") << "label_63" << QString(63, QLatin1Char('a')) + QStringLiteral(".com");
        QTest::newRow("label 64") << "label_64" << QString();
        QTest::newRow("name 253") << "name_253"
                                  << QStringList(
                                         {QString(63, QLatin1Char('a')), QString(63, QLatin1Char('a')),
                                          QString(63, QLatin1Char('a')), QString(61, QLatin1Char('b'))})
                                         .join(QLatin1Char('.'));
        QTest::newRow("name 254") << "name_254" << QString();
        QTest::newRow("1001 chars") << "long_1001" << QString();
        QTest::newRow("IPv4") << "ipv4" << QString();
        QTest::newRow("double dot") << "double_dot" << QString();
        QTest::newRow("leading hyphen") << "leading_hyphen" << QString();
        QTest::newRow("underscore") << "underscore" << QString();
    }
    void domainCorpusOutcomes()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QByteArray bytes = readFile(sourcePath(QStringLiteral("tests/fuzz/corpus/domain/") + file));
        const DomainName::Normalized n = DomainName::normalize(QString::fromUtf8(bytes));
        QCOMPARE(n.name, expected);
        QCOMPARE(n.isValid(), !expected.isEmpty());
    }

    // Found by the fuzzer (crash-03a7d74637b341e7b22be485227269aed1e4eac7, UBSan float-cast-overflow):
    // scalarToString cast any JSON number to qint64, undefined behaviour for 1e300. The exact bytes.
    void hugeErrorCode()
    {
        const QByteArray crash("{\"result\":\"error\",\"msg\":null,\"err_code\":1e300,\"response\":null}");
        for (const Action action : RailgunFuzz::kAllActions) {
            const ApiResult r = parsed(action, crash);
            QCOMPARE(r.error.kind, ApiError::Kind::Api);
            QCOMPARE(r.error.apiCode, QStringLiteral("1e+300"));
        }
        QVERIFY(RailgunFuzz::responseParserViolation(crash).isEmpty());
    }

    // The same conversion at and past the edges of qint64, in every place a scalar is read.
    void numbersAsScalars_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("integer") << 103.0 << "103";
        QTest::newRow("negative") << -7.0 << "-7";
        QTest::newRow("fraction") << 0.5 << "0.5";
        QTest::newRow("2^53") << 9007199254740992.0 << "9007199254740992";
        QTest::newRow("just inside qint64") << 9.1e18 << "9100000000000000000";
        QTest::newRow("2^63") << 9223372036854775808.0 << "9.22337e+18";
        QTest::newRow("-2^63") << -9223372036854775808.0 << "-9.22337e+18";
        QTest::newRow("1e300") << 1e300 << "1e+300";
        QTest::newRow("-1e300") << -1e300 << "-1e+300";
    }
    void numbersAsScalars()
    {
        QFETCH(double, number);
        QFETCH(QString, text);
        QCOMPARE(ResponseParser::scalarToString(QJsonValue(number)), text);
        const QByteArray n = QByteArray::number(number, 'g', 17);
        const ApiResult list = parsed(
            Action::UserGetAll, J("{'result':'success','response':{'railguns':{'objs':[{'railgun_id':") + n +
                                    J(",'railgun_port':") + n + J("}]}}}"));
        QVERIFY2(list.ok(), qPrintable(list.error.toText()));
        QCOMPARE(list.railguns.size(), 1);
        QCOMPARE(list.railguns[0].port, text);
        QCOMPARE(list.railguns[0].id, text);
    }

    // Numbers JSON cannot hold (1e999): rejected or read, never undefined behaviour.
    void outOfRangeNumbers()
    {
        for (const char *body :
             {"{'result':'error','err_code':1e999}", "{'result':'error','err_code':-1e999}",
              "{'result':'error','err_code':123456789012345678901234567890}"}) {
            const QString violation = RailgunFuzz::responseParserViolation(J(body));
            QVERIFY2(violation.isEmpty(), qPrintable(violation));
            QVERIFY(!parsed(Action::ConnSet, J(body)).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
