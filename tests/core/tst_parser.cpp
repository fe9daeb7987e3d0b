// The response parser, domain names, form encoding and redaction: pure functions, no network.
#include "ParserTestSupport.h"
#include "api/DomainName.h"
#include "api/FormEncoder.h"
#include "api/RailgunStatus.h"
#include "api/Redactor.h"
#include "api/ReplyReader.h"
#include "api/ResponseParser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Railgun;

using namespace ParserTestSupport;

class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void documentedUserGetAll()
    {
        const ApiResult r = parsed(Action::UserGetAll, fixture(QStringLiteral("user_get_all.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.railguns.size(), 2); // count says 5: objs wins
        QCOMPARE(r.railguns[0].id, QStringLiteral("1"));
        QCOMPARE(r.railguns[0].status, QStringLiteral("V"));
        QVERIFY(r.railguns[0].modeActive);
        QCOMPARE(r.railguns[0].pubname, QStringLiteral("Railgun for example.com"));
        QCOMPARE(r.railguns[0].version, QStringLiteral("2.6.0"));
        QCOMPARE(r.railguns[1].id, QStringLiteral("178"));
        QCOMPARE(r.railguns[1].status, QStringLiteral("INI"));
        QVERIFY(!r.railguns[1].modeActive);
        QVERIFY(r.railguns[1].activatedOn.isEmpty()); // null
        QVERIFY(r.railguns[1].build.isEmpty());
    }

    void documentedConnectionWithTrailingComma()
    {
        const ApiResult r =
            parsed(Action::ZoneConnGetActive, fixture(QStringLiteral("zone_conn_get_active.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(r.connection.has_value());
        QCOMPARE(r.connection->railgunId, QStringLiteral("123"));
        QCOMPARE(r.connection->connId, QStringLiteral("2"));
        QCOMPARE(r.connection->status, QStringLiteral("V"));
        QVERIFY(r.connection->modeActive);
        QVERIFY(r.connection->enabled);
    }

    void documentedChanges_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("railgunId");
        QTest::addColumn<QString>("connId");
        QTest::newRow("suggestion_set, trailing comma") << int(Action::SuggestionSet) << "suggestion_set.json"
                                                        << "1"
                                                        << "";
        QTest::newRow("conn_set, client shape") << int(Action::ConnSet) << "conn_set_client.json"
                                                << "1"
                                                << "";
        QTest::newRow("conn_set, partner shape") << int(Action::ConnSet) << "conn_set_partner.json"
                                                 << ""
                                                 << "1";
        QTest::newRow("conn_setmode_enabled")
            << int(Action::ConnSetModeEnabled) << "conn_setmode_enabled.json"
            << "1"
            << "";
        QTest::newRow("conn_setmode_disabled")
            << int(Action::ConnSetModeDisabled) << "conn_setmode_disabled.json"
            << "1"
            << "";
        QTest::newRow("conn_delete") << int(Action::ConnDelete) << "conn_delete.json"
                                     << "1"
                                     << "";
        QTest::newRow("delete") << int(Action::Delete) << "delete.json"
                                << "1"
                                << "";
        QTest::newRow("ipr_set") << int(Action::IprSet) << "ipr_set.json"
                                 << "1"
                                 << "";
    }
    void documentedChanges()
    {
        QFETCH(int, action);
        QFETCH(QString, file);
        QFETCH(QString, railgunId);
        QFETCH(QString, connId);
        const ApiResult r = parsed(Action(action), fixture(file));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.change.railgunId, railgunId);
        QCOMPARE(r.change.connId, connId);
        if (file == QLatin1String("conn_set_partner.json"))
            QCOMPARE(r.change.recName, QStringLiteral("rg-d65dfffff666a77fd3dea2a7cfeede90.port2408.net"));
    }

    void documentedInit()
    {
        const ApiResult r = parsed(Action::Init, fixture(QStringLiteral("init.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.created.railgunId, QStringLiteral("1"));
        QCOMPARE(r.created.status, QStringLiteral("INI"));
        QCOMPARE(r.created.name, QStringLiteral("RG_a1b2c3d4e5f6g7h8i9j0k1"));
        QCOMPARE(r.created.rtkn.size(), 32);
    }

    void documentedUserLookup()
    {
        const ApiResult r = parsed(Action::UserLookup, fixture(QStringLiteral("user_lookup.json")));
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.lookup.email, QStringLiteral("user@example.com"));
        QCOMPARE(r.lookup.hostedZones, QStringList{QStringLiteral("example.com")});
        QVERIFY(r.lookup.userExists);
        QVERIFY(r.lookup.userAuthed);
    }

    void noConnection_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("obj null") << J("{'result':'success','msg':null,'response':{'act':'railgun_zone_conn_"
                                       "get_active','railgun_conn':{'obj':null}}}");
        QTest::newRow("obj missing") << J("{'result':'success','msg':null,'response':{'act':'railgun_zone_"
                                          "conn_get_active','railgun_conn':{}}}");
        QTest::newRow("railgun_conn missing")
            << J("{'result':'success','response':{'act':'railgun_zone_conn_get_active'}}");
        QTest::newRow("railgun_conn null") << J("{'result':'success','response':{'railgun_conn':null}}");
    }
    void noConnection()
    {
        QFETCH(QByteArray, body);
        const ApiResult r = parsed(Action::ZoneConnGetActive, body);
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QVERIFY(!r.connection.has_value());
    }

    void scalarsOfEveryType_data()
    {
        QTest::addColumn<QByteArray>("enabled");
        QTest::addColumn<bool>("expected");
        QTest::newRow("\"t\"") << J("'t'") << true;
        QTest::newRow("\"f\"") << J("'f'") << false;
        QTest::newRow("\"1\"") << J("'1'") << true;
        QTest::newRow("\"0\"") << J("'0'") << false;
        QTest::newRow("true") << QByteArray("true") << true;
        QTest::newRow("false") << QByteArray("false") << false;
        QTest::newRow("1") << QByteArray("1") << true;
        QTest::newRow("0") << QByteArray("0") << false;
        QTest::newRow("null") << QByteArray("null") << false;
    }
    void scalarsOfEveryType()
    {
        QFETCH(QByteArray, enabled);
        QFETCH(bool, expected);
        const QByteArray body =
            J("{'result':'success','response':{'railgun_conn':{'obj':{'railgun_id':7,'railgun_conn_mode':") +
            enabled + J(",'railgun_enabled':") + enabled + "}}}}";
        const ApiResult r = parsed(Action::ZoneConnGetActive, body);
        QVERIFY2(r.ok(), qPrintable(r.error.toText()));
        QCOMPARE(r.connection->railgunId, QStringLiteral("7")); // an integer id becomes text
        QCOMPARE(r.connection->enabled, expected);
        QCOMPARE(r.connection->modeActive, expected);
    }

    void errorEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::newRow("string code")
            << J("{'result':'error','msg':'Invalid token','err_code':'E_UNAUTH','response':null}")
            << "Invalid token"
            << "E_UNAUTH";
        QTest::newRow("integer code")
            << J("{'result':'error','msg':'Nope','err_code':103,'response':null}") << "Nope"
            << "103";
        QTest::newRow("no code") << J("{'result':'error','msg':'Broken'}") << "Broken"
                                 << "";
        QTest::newRow("no msg, no code") << J("{'result':'error','response':null}") << ""
                                         << "";
        QTest::newRow("null msg, trailing comma")
            << J("{'result':'error','msg':null,'err_code':'E_CONFLICT',}") << ""
            << "E_CONFLICT";
    }
    void errorEnvelopes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        const ApiResult r = parsed(Action::ConnSet, body);
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.apiMessage, message);
        QCOMPARE(r.error.apiCode, code);
        const QString text = r.error.toText();
        QVERIFY(!text.isEmpty());
        if (!message.isEmpty())
            QVERIFY(text.contains(message));
        if (!code.isEmpty())
            QVERIFY(text.contains(code));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = fixture(QStringLiteral("user_get_all.json"));
        QTest::newRow("empty") << int(Action::UserGetAll) << QByteArray();
        QTest::newRow("blank") << int(Action::UserGetAll) << QByteArray(" \n ");
        QTest::newRow("truncated half") << int(Action::UserGetAll) << full.left(full.size() / 2);
        QTest::newRow("truncated by one") << int(Action::UserGetAll) << full.left(full.size() - 2);
        QTest::newRow("html") << int(Action::ConnSet)
                              << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
        QTest::newRow("array") << int(Action::ConnSet) << QByteArray("[1,2,3]");
        QTest::newRow("string") << int(Action::ConnSet) << QByteArray("\"success\"");
        QTest::newRow("no result") << int(Action::ConnSet) << J("{'response':{'railgun_id':'1'}}");
        QTest::newRow("unknown result") << int(Action::ConnSet) << J("{'result':'maybe','response':{}}");
        QTest::newRow("success without response")
            << int(Action::ConnSet) << J("{'result':'success','msg':null}");
        QTest::newRow("response not object")
            << int(Action::ConnSet) << J("{'result':'success','response':'ok'}");
        QTest::newRow("double comma") << int(Action::ConnSet) << J("{'result':'success',,'response':{}}");
        QTest::newRow("lone comma in object")
            << int(Action::ConnSet) << J("{'result':'success','response':{,}}");
        QTest::newRow("lone comma in array")
            << int(Action::UserGetAll) << J("{'result':'success','response':{'railguns':{'objs':[,]}}}");
        QTest::newRow("two trailing commas")
            << int(Action::ConnSet) << J("{'result':'success','response':{'railgun_id':'1',,}}");
        QTest::newRow("leading comma") << int(Action::ConnSet) << J("{,'result':'success','response':{}}");
        QTest::newRow("railguns not a list")
            << int(Action::UserGetAll) << J("{'result':'success','response':{'railguns':{'objs':'x'}}}");
        QTest::newRow("railgun without id")
            << int(Action::UserGetAll)
            << J("{'result':'success','response':{'railguns':{'objs':[{'railgun_name':'x'}]}}}");
        QTest::newRow("connection not object")
            << int(Action::ZoneConnGetActive)
            << J("{'result':'success','response':{'railgun_conn':{'obj':'V'}}}");
        QTest::newRow("connection without railgun")
            << int(Action::ZoneConnGetActive)
            << J("{'result':'success','response':{'railgun_conn':{'obj':{'railgun_enabled':'t'}}}}");
        QTest::newRow("init without rtkn")
            << int(Action::Init) << J("{'result':'success','response':{'railgun_id':'1'}}");
        QTest::newRow("hosted_zones not a list")
            << int(Action::UserLookup) << J("{'result':'success','response':{'hosted_zones':'a.com'}}");
        QTest::newRow("nul byte") << int(Action::ConnSet) << QByteArray("{\"result\":\"succ\0ess\"}", 20);
    }
    void malformedBodies()
    {
        QFETCH(int, action);
        QFETCH(QByteArray, body);
        const ApiResult r = parsed(Action(action), body);
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedBody);
        QVERIFY(!r.error.toText().isEmpty());
    }

    void trailingCommaInsideStringIsKept()
    {
        const QByteArray body = J("{'result':'error','msg':'a ,} b ,]','err_code':'X',}");
        const ApiResult r = parsed(Action::ConnSet, body);
        QCOMPARE(r.error.kind, ApiError::Kind::Api);
        QCOMPARE(r.error.apiMessage, QStringLiteral("a ,} b ,]"));
    }

    void escapedQuoteInString()
    {
        const QByteArray body = "{\"result\":\"error\",\"msg\":\"say \\\"hi\\\", ]\",\"err_code\":\"X\"}";
        const ApiResult r = parsed(Action::ConnSet, body);
        QCOMPARE(r.error.apiMessage, QStringLiteral("say \"hi\", ]"));
    }

    // railgun_status codes: one enum, one function for the words (an unknown code is shown as it came).
    void railgunStatusCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<RailgunStatus>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("V") << "V" << RailgunStatus::Active << "Active";
        QTest::newRow("INI") << "INI" << RailgunStatus::Initializing << "Initializing";
        QTest::newRow("D") << "D" << RailgunStatus::Deleted << "Deleted";
        QTest::newRow("other") << "X9" << RailgunStatus::Unknown << "X9";
        QTest::newRow("lower case") << "v" << RailgunStatus::Unknown << "v";
        QTest::newRow("none") << "" << RailgunStatus::Unknown << "";
    }
    void railgunStatusCodes()
    {
        QFETCH(QString, code);
        QFETCH(RailgunStatus, status);
        QFETCH(QString, words);
        QCOMPARE(railgunStatus(code), status);
        QCOMPARE(railgunStatusText(code), words);
    }

    void domainNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty = invalid
        QTest::newRow("plain") << "example.com"
                               << "example.com";
        QTest::newRow("upper case") << "ExAmPle.COM"
                                    << "example.com";
        QTest::newRow("spaces around") << "  example.com \t"
                                       << "example.com";
        QTest::newRow("trailing dot") << "example.com."
                                      << "example.com";
        QTest::newRow("subdomain") << "a-b.c.example.co.uk"
                                   << "a-b.c.example.co.uk";
        QTest::newRow("idn") << QStringLiteral("bücher.example") << "xn--bcher-kva.example";
        QTest::newRow("idn upper") << QStringLiteral("BÜCHER.example") << "xn--bcher-kva.example";
        QTest::newRow("punycode kept") << "xn--bcher-kva.example"
                                       << "xn--bcher-kva.example";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("one label") << "localhost"
                                   << "";
        QTest::newRow("space inside") << "exa mple.com"
                                      << "";
        QTest::newRow("double dot") << "example..com"
                                    << "";
        QTest::newRow("leading hyphen") << "-example.com"
                                        << "";
        QTest::newRow("trailing hyphen") << "example-.com"
                                         << "";
        QTest::newRow("underscore") << "ex_ample.com"
                                    << "";
        QTest::newRow("url") << "https://example.com/"
                             << "";
        QTest::newRow("email") << "me@example.com"
                               << "";
        QTest::newRow("wildcard") << "*.example.com"
                                  << "";
        QTest::newRow("ipv4") << "192.0.2.1"
                              << "";
        QTest::newRow("label 64") << QString(64, QLatin1Char('a')) + QStringLiteral(".com") << "";
        QTest::newRow("label 63") << QString(63, QLatin1Char('a')) + QStringLiteral(".com")
                                  << QString(63, QLatin1Char('a')) + QStringLiteral(".com");
        QTest::newRow("too long") << (QString(60, QLatin1Char('a')) + QLatin1Char('.')).repeated(5) +
                                         QStringLiteral("com")
                                  << "";
        QTest::newRow("control char") << QStringLiteral("exam\u0001ple.com") << "";
    }
    void domainNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const DomainName::Normalized n = DomainName::normalize(input);
        QCOMPARE(n.name, expected);
        QCOMPARE(n.isValid(), !expected.isEmpty());
        if (!n.isValid())
            QVERIFY(!n.error.isEmpty());
    }

    void formEncoding()
    {
        const FormFields fields{{QStringLiteral("email"), QStringLiteral("a+b@example.com")},
                                {QStringLiteral("name"), QStringLiteral("My Railgun & co=1")},
                                {QStringLiteral("ipr"), QStringLiteral("[\"203.0.113.0/24\"]")}};
        const QByteArray encoded = FormEncoder::encode(fields);
        QVERIFY(encoded.contains("a%2Bb%40example.com"));
        QVERIFY(!encoded.contains('+'));
        QVERIFY(encoded.contains("My%20Railgun%20%26%20co%3D1"));
        QCOMPARE(FormEncoder::decode(encoded), fields);
        // A '+' from another encoder means a space.
        QCOMPARE(FormEncoder::decode("name=My+Railgun").first().second, QStringLiteral("My Railgun"));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("form") << "email=a%40b.c&tkn=SECRETTOKEN123&z=example.com"
                              << "SECRETTOKEN123";
        QTest::newRow("query") << "GET https://h/api/v2/railgun/conn_set?host_key=HOSTKEY999&rtkn=RTKN777"
                               << "HOSTKEY999";
        QTest::newRow("query rtkn")
            << "GET https://h/api/v2/railgun/conn_set?host_key=HOSTKEY999&rtkn=RTKN777"
            << "RTKN777";
        QTest::newRow("json") << QString::fromLatin1(J("{'railgun_api_key': 'APIKEY555', 'railgun_id':'1'}"))
                              << "APIKEY555";
        QTest::newRow("json user_key")
            << QString::fromLatin1(J("{'user_key':'USERKEY42','user_api_key':'UAK43'}")) << "USERKEY42";
        QTest::newRow("json user_api_key")
            << QString::fromLatin1(J("{'user_key':'USERKEY42','user_api_key':'UAK43'}")) << "UAK43";
        QTest::newRow("json rtkn escaped") << "{\"rtkn\":\"ab\\\"cd\"}"
                                           << "ab\\\"cd";
    }
    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = Redactor::redact(text);
        QVERIFY(!out.contains(secret));
        QVERIFY(out.contains(QStringLiteral("***")));
        QVERIFY(Redactor::mask(secret).indexOf(secret) < 0);
    }

    void retryAfter()
    {
        QCOMPARE(ReplyReader::parseRetryAfter("120"), 120);
        QCOMPARE(ReplyReader::parseRetryAfter(" 7 "), 7);
        QCOMPARE(ReplyReader::parseRetryAfter("-3"), 0);
        QCOMPARE(ReplyReader::parseRetryAfter(""), -1);
        QCOMPARE(ReplyReader::parseRetryAfter("soon"), -1);
        const QByteArray inAMinute =
            QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
        const int secs = ReplyReader::parseRetryAfter(inAMinute);
        QVERIFY2(secs >= 58 && secs <= 60, qPrintable(QString::number(secs)));
        QCOMPARE(ReplyReader::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // in the past
        const QByteArray httpDate = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                                        .toLatin1() +
                                    " GMT";
        const int fromHttpDate = ReplyReader::parseRetryAfter(httpDate);
        QVERIFY2(fromHttpDate >= 88 && fromHttpDate <= 90, httpDate.constData());
    }

    void redactionKeepsTheRest()
    {
        const QString out = Redactor::redact(QStringLiteral("email=a%40b.c&tkn=X1&z=example.com&mode=1"));
        QCOMPARE(out, QStringLiteral("email=a%40b.c&tkn=***&z=example.com&mode=1"));
        QVERIFY(Redactor::isSecretKey(QStringLiteral("tkn")));
        QVERIFY(!Redactor::isSecretKey(QStringLiteral("email")));
        QVERIFY(!Redactor::isSecretKey(QStringLiteral("xtkn")));
    }
};

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
