// Conformance of the emulator's Railgun API: every action, both auth schemes, GET and POST, the error
// codes, form decoding, user_lookup and the admin endpoints. Never prints bodies (they hold secrets).
#include "ApiCall.h"
#include "EmulatorProcess.h"
#include "TestAccounts.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace TestAccounts;

class TestEmulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void authErrors_data();
    void authErrors();
    void userGetAll_data();
    void userGetAll();
    void zoneConnGetActive_data();
    void zoneConnGetActive();
    void errorCodes_data();
    void errorCodes();
    void connectionLifecycle_data();
    void connectionLifecycle();
    void initActivateDelete();
    void suggestionSet();
    void iprSet_data();
    void iprSet();
    void plusAndPercent2B_data();
    void plusAndPercent2B();
    void userLookup_data();
    void userLookup();
    void partnerManagesCustomerDomains();
    void unknownActionAndPath();
    void statsCountApiRequestsOnly();
    void faultEndpointRejectsBadKnobs();

private:
    // Data rows: POST and GET, each with email+tkn and host_key.
    static void methodAndSchemeRows()
    {
        QTest::addColumn<bool>("post");
        QTest::addColumn<bool>("partnerAuth");
        QTest::newRow("POST email+tkn") << true << false;
        QTest::newRow("GET email+tkn") << false << false;
        QTest::newRow("POST host_key") << true << true;
        QTest::newRow("GET host_key") << false << true;
    }
    Fields client(Fields extra = {}) const;
    Fields partner(Fields extra = {}) const;
    QString rtknOf(const QString &railgunId) const;
    // A demo domain with no connection that no earlier test used.
    QString freshDomain();

    std::unique_ptr<EmulatorProcess> m_emu;
    QStringList m_fresh;
};

Fields TestEmulator::client(Fields extra) const
{
    Fields f{{QStringLiteral("email"), QLatin1String(kDemoEmail)},
             {QStringLiteral("tkn"), QLatin1String(kDemoToken)}};
    return f + extra;
}

Fields TestEmulator::partner(Fields extra) const
{
    return Fields{{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)}} + extra;
}

QString TestEmulator::rtknOf(const QString &railgunId) const
{
    for (const QJsonValue &v : m_emu->state().value(QLatin1String("railguns")).toArray()) {
        if (v.toObject().value(QLatin1String("railgun_id")).toString() == railgunId)
            return v.toObject().value(QLatin1String("rtkn")).toString();
    }
    return {};
}

QString TestEmulator::freshDomain()
{
    return m_fresh.isEmpty() ? QString() : m_fresh.takeFirst();
}

void TestEmulator::initTestCase()
{
    m_emu = std::make_unique<EmulatorProcess>();
    QString error;
    QVERIFY2(m_emu->start(&error), qPrintable(error));
    const QJsonObject state = m_emu->state();
    QCOMPARE(state.value(QLatin1String("version")).toInt(), 1);
    QSet<QString> connected;
    for (const QJsonValue &c : state.value(QLatin1String("connections")).toArray())
        connected.insert(c.toObject().value(QLatin1String("domain")).toString());
    const QJsonArray accounts = state.value(QLatin1String("accounts")).toArray();
    QCOMPARE(accounts.size(), 2);
    const QJsonArray domains = accounts.at(0).toObject().value(QLatin1String("domains")).toArray();
    QCOMPARE(domains.size(), kDemoDomainCount);
    for (const QJsonValue &d : domains) {
        if (!connected.contains(d.toString()))
            m_fresh.append(d.toString());
    }
    // Roughly 40 % unconnected, 20 % disabled, 40 % enabled.
    QVERIFY(m_fresh.size() > 80 && m_fresh.size() < 120);
    QCOMPARE(rtknOf(QLatin1String(kActiveRailgunId)).size(), 32);
}

void TestEmulator::authErrors_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<bool>("post");
    const Fields cases[] = {
        {},
        {{QStringLiteral("email"), QLatin1String(kDemoEmail)}},
        {{QStringLiteral("email"), QLatin1String(kDemoEmail)},
         {QStringLiteral("tkn"), QStringLiteral("wrong")}},
        {{QStringLiteral("email"), QStringLiteral("nobody@example.org")},
         {QStringLiteral("tkn"), QLatin1String(kDemoToken)}},
        {{QStringLiteral("host_key"), QStringLiteral("not-a-host-key")}},
        {{QStringLiteral("email"), QLatin1String(kDemoEmail)},
         {QStringLiteral("tkn"), QLatin1String(kCustomerToken)}},
    };
    const char *names[] = {"none",          "email only",     "wrong token",
                           "unknown email", "wrong host key", "other's token"};
    for (int i = 0; i < 6; ++i) {
        QTest::addRow("%s POST", names[i]) << cases[i] << true;
        QTest::addRow("%s GET", names[i]) << cases[i] << false;
    }
}

void TestEmulator::authErrors()
{
    QFETCH(Fields, fields);
    QFETCH(bool, post);
    const ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), fields, post);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.contentType, QByteArray("application/json"));
    QCOMPARE(a.result(), QStringLiteral("error"));
    QCOMPARE(a.errCode(), QStringLiteral("E_UNAUTH"));
    QVERIFY(!a.json.value(QLatin1String("msg")).toString().isEmpty());
    QVERIFY(a.json.value(QLatin1String("response")).isNull());
}

void TestEmulator::userGetAll_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("partnerAuth");
    QTest::addColumn<bool>("post");
    for (const char *action : {"user_get_all", "host_get_all"}) {
        for (bool partnerAuth : {false, true}) {
            for (bool post : {true, false}) {
                QTest::addRow("%s %s %s", action, partnerAuth ? "host_key" : "email+tkn",
                              post ? "POST" : "GET")
                    << QString::fromLatin1(action) << partnerAuth << post;
            }
        }
    }
}

void TestEmulator::userGetAll()
{
    QFETCH(QString, action);
    QFETCH(bool, partnerAuth);
    QFETCH(bool, post);
    const ApiAnswer a = ApiCall::action(m_emu->apiBase(), action, partnerAuth ? partner() : client(), post);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result(), QStringLiteral("success"));
    QVERIFY(a.json.contains(QLatin1String("msg")) && a.json.value(QLatin1String("msg")).isNull());
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_") + action);
    const QJsonObject railguns = a.response().value(QLatin1String("railguns")).toObject();
    const QJsonArray objs = railguns.value(QLatin1String("objs")).toArray();
    QVERIFY(objs.size() >= 4);
    QCOMPARE(railguns.value(QLatin1String("count")).toInt(), objs.size());
    static const QRegularExpression pgTime(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}[+-]\\d\\d(:\\d\\d)?$"));
    const QStringList fields{QStringLiteral("cdate"),
                             QStringLiteral("edate"),
                             QStringLiteral("railgun_activated_on"),
                             QStringLiteral("railgun_api_key"),
                             QStringLiteral("railgun_deleted_on"),
                             QStringLiteral("railgun_host_id"),
                             QStringLiteral("railgun_id"),
                             QStringLiteral("railgun_ip"),
                             QStringLiteral("railgun_mode"),
                             QStringLiteral("railgun_name"),
                             QStringLiteral("railgun_port"),
                             QStringLiteral("railgun_pubname"),
                             QStringLiteral("railgun_rec_id"),
                             QStringLiteral("railgun_rec_name"),
                             QStringLiteral("railgun_status"),
                             QStringLiteral("railgun_tag"),
                             QStringLiteral("railgun_type"),
                             QStringLiteral("railgun_user_id")};
    QJsonObject first;
    for (const QJsonValue &v : objs) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("railgun_id")).toString() == QLatin1String(kActiveRailgunId))
            first = o;
        for (const QString &f : fields) {
            QVERIFY2(o.contains(f), qPrintable(f));
            QVERIFY2(o.value(f).isString() || o.value(f).isNull(), qPrintable(f));
        }
        QVERIFY(pgTime.match(o.value(QLatin1String("cdate")).toString()).hasMatch());
        QVERIFY(o.value(QLatin1String("props")).isObject());
        QCOMPARE(o.value(QLatin1String("railgun_user_id")).toString(), QLatin1String(kDemoUserId));
    }
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.value(QLatin1String("railgun_status")).toString(), QStringLiteral("V"));
    QCOMPARE(first.value(QLatin1String("railgun_port")).toString(), QStringLiteral("2408"));
    QCOMPARE(first.value(QLatin1String("railgun_type")).toString(), QStringLiteral("user"));
    QVERIFY(first.value(QLatin1String("railgun_deleted_on")).isNull());
    QVERIFY(pgTime.match(first.value(QLatin1String("railgun_activated_on")).toString()).hasMatch());
    QVERIFY(first.value(QLatin1String("railgun_api_key")).toString() ==
            rtknOf(QLatin1String(kActiveRailgunId)));
}

void TestEmulator::zoneConnGetActive_data()
{
    methodAndSchemeRows();
}

void TestEmulator::zoneConnGetActive()
{
    QFETCH(bool, post);
    QFETCH(bool, partnerAuth);
    const auto auth = [&](Fields f) {
        return partnerAuth ? partner(f) : client(f);
    };
    const auto ask = [&](const QString &z) {
        return ApiCall::action(m_emu->apiBase(), QStringLiteral("zone_conn_get_active"),
                               auth({{QStringLiteral("z"), z}}), post);
    };
    // example.com is connected and enabled on Railgun 1 in the demo; case does not matter.
    ApiAnswer a = ask(QStringLiteral("EXAMPLE.com"));
    QCOMPARE(a.result(), QStringLiteral("success"));
    QCOMPARE(a.response().value(QLatin1String("act")).toString(),
             QStringLiteral("railgun_zone_conn_get_active"));
    const QJsonObject obj =
        a.response().value(QLatin1String("railgun_conn")).toObject().value(QLatin1String("obj")).toObject();
    QCOMPARE(obj.value(QLatin1String("railgun_id")).toString(), QStringLiteral("1"));
    QCOMPARE(obj.value(QLatin1String("railgun_conn_status")).toString(), QStringLiteral("V"));
    QCOMPARE(obj.value(QLatin1String("railgun_conn_mode")).toString(), QStringLiteral("1"));
    QCOMPARE(obj.value(QLatin1String("railgun_enabled")).toString(), QStringLiteral("t"));
    QVERIFY(!obj.value(QLatin1String("railgun_conn_id")).toString().isEmpty());

    const QString unconnected = m_fresh.last(); // read only: stays fresh
    a = ask(unconnected);
    QCOMPARE(a.result(), QStringLiteral("success"));
    const QJsonObject conn = a.response().value(QLatin1String("railgun_conn")).toObject();
    QVERIFY(conn.contains(QLatin1String("obj")));
    QVERIFY(conn.value(QLatin1String("obj")).isNull());

    QCOMPARE(ask(QStringLiteral("not-mine.example.org")).errCode(), QStringLiteral("E_NOT_FOUND"));
    QCOMPARE(ask(QStringLiteral("bad domain!")).errCode(), QStringLiteral("E_INVALID_PARAM"));
    QCOMPARE(
        ApiCall::action(m_emu->apiBase(), QStringLiteral("zone_conn_get_active"), auth({}), post).errCode(),
        QStringLiteral("E_MISSING_PARAM"));
}

void TestEmulator::errorCodes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("post");
    const QString active = QStringLiteral("@active");     // replaced by the rtkn of Railgun 1
    const QString inactive = QStringLiteral("@inactive"); // Railgun 4 (INI)
    const QString other = QStringLiteral("@other");       // Railgun 2 (V)
    const QString fresh = QStringLiteral("@fresh");       // an unconnected domain
    const QString z = QStringLiteral("z"), rtkn = QStringLiteral("rtkn"), mode = QStringLiteral("mode");
    struct Row
    {
        const char *name;
        QString action;
        Fields fields;
        QString code;
    };
    const QList<Row> rows{
        {"init no name",
         QStringLiteral("init"),
         {{QStringLiteral("pubname"), QStringLiteral("p")}},
         QStringLiteral("E_MISSING_PARAM")},
        {"init no pubname",
         QStringLiteral("init"),
         {{QStringLiteral("name"), QStringLiteral("n")}},
         QStringLiteral("E_MISSING_PARAM")},
        {"delete no rtkn", QStringLiteral("delete"), {}, QStringLiteral("E_MISSING_PARAM")},
        {"delete unknown rtkn",
         QStringLiteral("delete"),
         {{rtkn, QStringLiteral("0000")}},
         QStringLiteral("E_NOT_FOUND")},
        {"conn_set no mode",
         QStringLiteral("conn_set"),
         {{z, fresh}, {rtkn, active}},
         QStringLiteral("E_MISSING_PARAM")},
        {"conn_set no rtkn",
         QStringLiteral("conn_set"),
         {{z, fresh}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_MISSING_PARAM")},
        {"conn_set no z",
         QStringLiteral("conn_set"),
         {{rtkn, active}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_MISSING_PARAM")},
        {"conn_set mode 2",
         QStringLiteral("conn_set"),
         {{z, fresh}, {rtkn, active}, {mode, QStringLiteral("2")}},
         QStringLiteral("E_INVALID_PARAM")},
        {"conn_set bad domain",
         QStringLiteral("conn_set"),
         {{z, QStringLiteral("-bad-.com")}, {rtkn, active}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_INVALID_PARAM")},
        {"conn_set foreign domain",
         QStringLiteral("conn_set"),
         {{z, QStringLiteral("example.org")}, {rtkn, active}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_NOT_FOUND")},
        {"conn_set unknown rtkn",
         QStringLiteral("conn_set"),
         {{z, fresh}, {rtkn, QStringLiteral("ffff")}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_NOT_FOUND")},
        {"conn_set INI railgun",
         QStringLiteral("conn_set"),
         {{z, fresh}, {rtkn, inactive}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_NOT_ACTIVE")},
        {"conn_set conflict",
         QStringLiteral("conn_set"),
         {{z, QStringLiteral("example.com")}, {rtkn, other}, {mode, QStringLiteral("1")}},
         QStringLiteral("E_CONFLICT")},
        {"setmode_enabled none",
         QStringLiteral("conn_setmode_enabled"),
         {{z, fresh}, {rtkn, active}},
         QStringLiteral("E_NOT_FOUND")},
        {"setmode_disabled other",
         QStringLiteral("conn_setmode_disabled"),
         {{z, QStringLiteral("example.com")}, {rtkn, other}},
         QStringLiteral("E_CONFLICT")},
        {"setmode no rtkn",
         QStringLiteral("conn_setmode_enabled"),
         {{z, fresh}},
         QStringLiteral("E_MISSING_PARAM")},
        {"conn_delete none",
         QStringLiteral("conn_delete"),
         {{z, fresh}, {rtkn, active}},
         QStringLiteral("E_NOT_FOUND")},
        {"conn_delete other",
         QStringLiteral("conn_delete"),
         {{z, QStringLiteral("example.com")}, {rtkn, other}},
         QStringLiteral("E_CONFLICT")},
        {"conn_delete no z",
         QStringLiteral("conn_delete"),
         {{rtkn, active}},
         QStringLiteral("E_MISSING_PARAM")},
        {"suggestion bad auto",
         QStringLiteral("suggestion_set"),
         {{z, fresh}, {rtkn, active}, {QStringLiteral("auto_enabled"), QStringLiteral("yes")}},
         QStringLiteral("E_INVALID_PARAM")},
        {"suggestion no auto",
         QStringLiteral("suggestion_set"),
         {{z, fresh}, {rtkn, active}},
         QStringLiteral("E_MISSING_PARAM")},
        {"suggestion INI auto",
         QStringLiteral("suggestion_set"),
         {{z, fresh}, {rtkn, inactive}, {QStringLiteral("auto_enabled"), QStringLiteral("1")}},
         QStringLiteral("E_NOT_ACTIVE")},
        {"suggestion conflict",
         QStringLiteral("suggestion_set"),
         {{z, QStringLiteral("example.com")},
          {rtkn, other},
          {QStringLiteral("auto_enabled"), QStringLiteral("1")}},
         QStringLiteral("E_CONFLICT")},
        {"unknown action", QStringLiteral("conn_explode"), {}, QStringLiteral("E_UNKNOWN_ACTION")},
    };
    for (const Row &row : rows) {
        for (bool post : {true, false})
            QTest::addRow("%s %s", row.name, post ? "POST" : "GET")
                << row.action << row.fields << row.code << post;
    }
    QTest::newRow("ipr_set no ipr POST")
        << QStringLiteral("ipr_set") << Fields{{rtkn, active}} << QStringLiteral("E_MISSING_PARAM") << true;
    QTest::newRow("ipr_set GET") << QStringLiteral("ipr_set")
                                 << Fields{{rtkn, active}, {QStringLiteral("ipr"), QStringLiteral("[]")}}
                                 << QStringLiteral("E_UNKNOWN_ACTION") << false;
}

void TestEmulator::errorCodes()
{
    QFETCH(QString, action);
    QFETCH(Fields, fields);
    QFETCH(QString, code);
    QFETCH(bool, post);
    const QString fresh = m_fresh.first();
    for (auto &[name, value] : fields) {
        if (value == QLatin1String("@active"))
            value = rtknOf(QStringLiteral("1"));
        else if (value == QLatin1String("@other"))
            value = rtknOf(QStringLiteral("2"));
        else if (value == QLatin1String("@inactive"))
            value = rtknOf(QLatin1String(kInactiveRailgunId));
        else if (value == QLatin1String("@fresh"))
            value = fresh;
    }
    const QJsonObject before = m_emu->state();
    const ApiAnswer a = ApiCall::action(m_emu->apiBase(), action, client(fields), post);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result(), QStringLiteral("error"));
    QCOMPARE(a.errCode(), code);
    QVERIFY(!a.json.value(QLatin1String("msg")).toString().isEmpty());
    QVERIFY(a.json.contains(QLatin1String("response")) && a.json.value(QLatin1String("response")).isNull());
    // An error changes nothing.
    const QJsonObject after = m_emu->state();
    QVERIFY(before.value(QLatin1String("connections")) == after.value(QLatin1String("connections")));
    QVERIFY(before.value(QLatin1String("railguns")) == after.value(QLatin1String("railguns")));
}

void TestEmulator::connectionLifecycle_data()
{
    methodAndSchemeRows();
}

void TestEmulator::connectionLifecycle()
{
    QFETCH(bool, post);
    QFETCH(bool, partnerAuth);
    const QString domain = freshDomain();
    QVERIFY(!domain.isEmpty());
    const QString rg1 = rtknOf(QStringLiteral("1"));
    const QString rg3 = rtknOf(QStringLiteral("3"));
    const auto call = [&](const QString &action, Fields f) {
        return ApiCall::action(m_emu->apiBase(), action, partnerAuth ? partner(f) : client(f), post);
    };
    const Fields target{{QStringLiteral("z"), domain.toUpper()}, {QStringLiteral("rtkn"), rg3}};

    ApiAnswer a =
        call(QStringLiteral("conn_set"), target + Fields{{QStringLiteral("mode"), QStringLiteral("1")}});
    QCOMPARE(a.result(), QStringLiteral("success"));
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_conn_set"));
    QCOMPARE(a.response().value(QLatin1String("railgun_id")).toString(), QStringLiteral("3"));
    const QString connId = a.response().value(QLatin1String("railgun_conn_id")).toString();
    QVERIFY(!connId.isEmpty());
    QVERIFY(!a.response().value(QLatin1String("railgun_rec_name")).toString().isEmpty());
    std::optional<QJsonObject> c = m_emu->connectionOf(domain);
    QVERIFY(c.has_value());
    QCOMPARE(c->value(QLatin1String("railgun_id")).toString(), QStringLiteral("3"));
    QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));
    QCOMPARE(c->value(QLatin1String("railgun_conn_id")).toString(), connId);

    // Same Railgun: updates the mode. Another Railgun: conflict.
    a = call(QStringLiteral("conn_set"), target + Fields{{QStringLiteral("mode"), QStringLiteral("0")}});
    QCOMPARE(a.result(), QStringLiteral("success"));
    c = m_emu->connectionOf(domain);
    QCOMPARE(c->value(QLatin1String("mode")).toString(), QStringLiteral("0"));
    QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("f"));
    QCOMPARE(c->value(QLatin1String("railgun_conn_id")).toString(), connId);
    a = call(QStringLiteral("conn_set"), Fields{{QStringLiteral("z"), domain},
                                                {QStringLiteral("rtkn"), rg1},
                                                {QStringLiteral("mode"), QStringLiteral("1")}});
    QCOMPARE(a.errCode(), QStringLiteral("E_CONFLICT"));

    a = call(QStringLiteral("conn_setmode_enabled"), target);
    QCOMPARE(a.response().value(QLatin1String("act")).toString(),
             QStringLiteral("railgun_conn_setmode_enabled"));
    QCOMPARE(a.response().value(QLatin1String("railgun_id")).toString(), QStringLiteral("3"));
    QCOMPARE(m_emu->connectionOf(domain)->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));
    a = call(QStringLiteral("conn_setmode_disabled"), target);
    QCOMPARE(a.response().value(QLatin1String("act")).toString(),
             QStringLiteral("railgun_conn_setmode_disabled"));
    QCOMPARE(m_emu->connectionOf(domain)->value(QLatin1String("enabled")).toString(), QStringLiteral("f"));
    QCOMPARE(m_emu->connectionOf(domain)->value(QLatin1String("mode")).toString(), QStringLiteral("0"));

    a = call(QStringLiteral("zone_conn_get_active"), Fields{{QStringLiteral("z"), domain}});
    const QJsonObject obj =
        a.response().value(QLatin1String("railgun_conn")).toObject().value(QLatin1String("obj")).toObject();
    QCOMPARE(obj.value(QLatin1String("railgun_enabled")).toString(), QStringLiteral("f"));
    QCOMPARE(obj.value(QLatin1String("railgun_conn_mode")).toString(), QStringLiteral("0"));

    a = call(QStringLiteral("conn_delete"), target);
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_conn_delete"));
    QVERIFY(!m_emu->connectionOf(domain).has_value());
    QCOMPARE(call(QStringLiteral("conn_setmode_enabled"), target).errCode(), QStringLiteral("E_NOT_FOUND"));
    QCOMPARE(call(QStringLiteral("conn_delete"), target).errCode(), QStringLiteral("E_NOT_FOUND"));
}

void TestEmulator::initActivateDelete()
{
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("init"),
                                  client({{QStringLiteral("name"), QStringLiteral("rg-test-1")},
                                          {QStringLiteral("pubname"), QStringLiteral("Test edge")}}));
    QCOMPARE(a.result(), QStringLiteral("success"));
    const QJsonObject r = a.response();
    QCOMPARE(r.value(QLatin1String("act")).toString(), QStringLiteral("railgun_init"));
    QCOMPARE(r.value(QLatin1String("railgun_status")).toString(), QStringLiteral("INI"));
    QCOMPARE(r.value(QLatin1String("railgun_name")).toString(), QStringLiteral("rg-test-1"));
    const QString rtkn = r.value(QLatin1String("rtkn")).toString();
    const QString id = r.value(QLatin1String("railgun_id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(rtkn).hasMatch());
    QVERIFY(!id.isEmpty());

    const QString domain = freshDomain();
    const Fields connect{{QStringLiteral("z"), domain},
                         {QStringLiteral("rtkn"), rtkn},
                         {QStringLiteral("mode"), QStringLiteral("1")}};
    QCOMPARE(ApiCall::action(m_emu->apiBase(), QStringLiteral("conn_set"), client(connect)).errCode(),
             QStringLiteral("E_NOT_ACTIVE"));
    QVERIFY(!m_emu->activate(QStringLiteral("no-such-rtkn")));
    QVERIFY(m_emu->activate(rtkn));
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), client());
    bool listed = false;
    for (const QJsonValue &v :
         a.response().value(QLatin1String("railguns")).toObject().value(QLatin1String("objs")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("railgun_id")).toString() == id) {
            listed = true;
            QCOMPARE(o.value(QLatin1String("railgun_status")).toString(), QStringLiteral("V"));
            QVERIFY(!o.value(QLatin1String("railgun_activated_on")).toString().isEmpty());
            QVERIFY(o.value(QLatin1String("railgun_api_key")).toString() == rtkn);
        }
    }
    QVERIFY(listed);
    QCOMPARE(ApiCall::action(m_emu->apiBase(), QStringLiteral("conn_set"), client(connect)).result(),
             QStringLiteral("success"));
    QVERIFY(m_emu->connectionOf(domain).has_value());

    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("delete"), client({{QStringLiteral("rtkn"), rtkn}}),
                        false);
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_delete"));
    QCOMPARE(a.response().value(QLatin1String("railgun_id")).toString(), id);
    QVERIFY(!m_emu->connectionOf(domain).has_value());
    for (const QJsonValue &v : m_emu->state().value(QLatin1String("railguns")).toArray()) {
        if (v.toObject().value(QLatin1String("railgun_id")).toString() == id) {
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("D"));
            QVERIFY(!v.toObject().value(QLatin1String("deleted_on")).toString().isEmpty());
        }
    }
    QCOMPARE(ApiCall::action(m_emu->apiBase(), QStringLiteral("conn_set"), client(connect)).errCode(),
             QStringLiteral("E_NOT_FOUND"));
    QCOMPARE(
        ApiCall::action(m_emu->apiBase(), QStringLiteral("delete"), client({{QStringLiteral("rtkn"), rtkn}}))
            .errCode(),
        QStringLiteral("E_NOT_FOUND"));
    QVERIFY(!m_emu->activate(rtkn)); // a deleted Railgun cannot come back
}

void TestEmulator::suggestionSet()
{
    const QString rtkn = rtknOf(QStringLiteral("2"));
    const QString quiet = freshDomain();
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("suggestion_set"),
                                  partner({{QStringLiteral("z"), quiet},
                                           {QStringLiteral("rtkn"), rtkn},
                                           {QStringLiteral("auto_enabled"), QStringLiteral("0")}}));
    QCOMPARE(a.result(), QStringLiteral("success"));
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_suggest"));
    QCOMPARE(a.response().value(QLatin1String("railgun_id")).toString(), QStringLiteral("2"));
    QVERIFY(!m_emu->connectionOf(quiet).has_value());
    bool recorded = false;
    for (const QJsonValue &s : m_emu->state().value(QLatin1String("suggestions")).toArray()) {
        recorded =
            recorded || (s.toObject().value(QLatin1String("domain")).toString() == quiet &&
                         s.toObject().value(QLatin1String("auto_enabled")).toString() == QLatin1String("0"));
    }
    QVERIFY(recorded);

    const QString eager = freshDomain();
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("suggestion_set"),
                        partner({{QStringLiteral("z"), eager},
                                 {QStringLiteral("rtkn"), rtkn},
                                 {QStringLiteral("auto_enabled"), QStringLiteral("1")}}),
                        false);
    QCOMPARE(a.result(), QStringLiteral("success"));
    const std::optional<QJsonObject> c = m_emu->connectionOf(eager);
    QVERIFY(c.has_value());
    QCOMPARE(c->value(QLatin1String("railgun_id")).toString(), QStringLiteral("2"));
    QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));
}

void TestEmulator::iprSet_data()
{
    QTest::addColumn<QString>("ipr");
    QTest::addColumn<QString>("code"); // empty = success
    QTest::newRow("docs example") << QStringLiteral("[\"203.0.113.0/24\",\"2001:db8::/112\"]") << QString();
    QTest::newRow("single addresses") << QStringLiteral("[\"192.0.2.7\",\"::1\"]") << QString();
    QTest::newRow("any prefix") << QStringLiteral("[\"10.0.0.0/8\",\"198.51.100.0/31\",\"2001:db8::/33\"]")
                                << QString();
    QTest::newRow("empty list") << QStringLiteral("[]") << QString();
    QTest::newRow("not json") << QStringLiteral("203.0.113.0/24") << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("object") << QStringLiteral("{\"a\":1}") << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("prefix 33") << QStringLiteral("[\"203.0.113.0/33\"]") << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("prefix 129") << QStringLiteral("[\"2001:db8::/129\"]")
                                << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("bad octet") << QStringLiteral("[\"203.0.113.256\"]") << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("hostname") << QStringLiteral("[\"example.com\"]") << QStringLiteral("E_INVALID_PARAM");
    QTest::newRow("number") << QStringLiteral("[42]") << QStringLiteral("E_INVALID_PARAM");
}

void TestEmulator::iprSet()
{
    QFETCH(QString, ipr);
    QFETCH(QString, code);
    const QString rtkn = rtknOf(QStringLiteral("3"));
    const ApiAnswer a =
        ApiCall::action(m_emu->apiBase(), QStringLiteral("ipr_set"),
                        partner({{QStringLiteral("rtkn"), rtkn}, {QStringLiteral("ipr"), ipr}}));
    if (!code.isEmpty()) {
        QCOMPARE(a.errCode(), code);
        return;
    }
    QCOMPARE(a.result(), QStringLiteral("success"));
    QCOMPARE(a.response().value(QLatin1String("act")).toString(), QStringLiteral("railgun_ipr_set"));
    QStringList stored;
    for (const QJsonValue &v : m_emu->state().value(QLatin1String("railguns")).toArray()) {
        if (v.toObject().value(QLatin1String("railgun_id")).toString() == QLatin1String("3")) {
            for (const QJsonValue &r : v.toObject().value(QLatin1String("ranges")).toArray())
                stored.append(r.toString());
        }
    }
    QStringList expected;
    for (const QJsonValue &r : QJsonDocument::fromJson(ipr.toUtf8()).array())
        expected.append(r.toString());
    QCOMPARE(stored, expected);
}

void TestEmulator::plusAndPercent2B_data()
{
    QTest::addColumn<bool>("post");
    QTest::newRow("POST") << true;
    QTest::newRow("GET") << false;
}

void TestEmulator::plusAndPercent2B()
{
    QFETCH(bool, post);
    // Hand-written form: '+' must decode to a space and %2B to '+'.
    const QByteArray form = TestForm::encode(client()) + "&name=rg+plus+" + (post ? "post" : "get") +
                            "&pubname=C%2B%2B+edge%20%C3%A9";
    const ApiAnswer a = ApiCall::send(m_emu->apiBase().resolved(QUrl(QStringLiteral("init"))), form, post);
    QCOMPARE(a.result(), QStringLiteral("success"));
    const QString name = QStringLiteral("rg plus ") + (post ? QStringLiteral("post") : QStringLiteral("get"));
    QCOMPARE(a.response().value(QLatin1String("railgun_name")).toString(), name);
    bool found = false;
    for (const QJsonValue &v : m_emu->state().value(QLatin1String("railguns")).toArray()) {
        if (v.toObject().value(QLatin1String("name")).toString() == name) {
            found = true;
            QCOMPARE(v.toObject().value(QLatin1String("pubname")).toString(),
                     QStringLiteral("C++ edge \u00e9"));
        }
    }
    QVERIFY(found);
}

void TestEmulator::userLookup_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<bool>("authed");
    QTest::addColumn<int>("zones");
    QTest::addColumn<bool>("post");
    for (bool post : {false, true}) {
        const char *m = post ? "POST" : "GET";
        QTest::addRow("customer %s", m)
            << QString::fromLatin1(kCustomerEmail) << true << true << kCustomerDomainCount << post;
        QTest::addRow("customer upper-case %s", m)
            << QStringLiteral("Customer@Example.NET") << true << true << kCustomerDomainCount << post;
        QTest::addRow("partner itself %s", m)
            << QString::fromLatin1(kDemoEmail) << true << true << kDemoDomainCount << post;
        QTest::addRow("unknown %s", m) << QStringLiteral("nobody@example.org") << false << false << 0 << post;
    }
}

void TestEmulator::userLookup()
{
    QFETCH(QString, email);
    QFETCH(bool, exists);
    QFETCH(bool, authed);
    QFETCH(int, zones);
    QFETCH(bool, post);
    const QUrl gw = m_emu->url().resolved(QUrl(QStringLiteral("host-gw.html")));
    const Fields fields{{QStringLiteral("act"), QStringLiteral("user_lookup")},
                        {QStringLiteral("host_key"), QLatin1String(kDemoHostKey)},
                        {QStringLiteral("cloudflare_email"), email}};
    const ApiAnswer a = ApiCall::send(gw, TestForm::encode(fields), post);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result(), QStringLiteral("success"));
    const QJsonObject r = a.response();
    QCOMPARE(r.value(QLatin1String("user_exists")).toBool(), exists);
    QCOMPARE(r.value(QLatin1String("user_authed")).toBool(), authed);
    QVERIFY(r.value(QLatin1String("hosted_zones")).isArray());
    QCOMPARE(r.value(QLatin1String("hosted_zones")).toArray().size(), zones);
    QCOMPARE(r.value(QLatin1String("cloudflare_email")).toString(), email);
    QVERIFY(r.contains(QLatin1String("unique_id")) && r.contains(QLatin1String("user_key")));
    // user_key is never the account's real token.
    QVERIFY(r.value(QLatin1String("user_key")).toString() != QLatin1String(kCustomerToken));
    QVERIFY(r.value(QLatin1String("user_key")).toString() != QLatin1String(kDemoToken));
}

void TestEmulator::partnerManagesCustomerDomains()
{
    const QUrl gw = m_emu->url().resolved(QUrl(QStringLiteral("host-gw.html")));
    Fields lookup{{QStringLiteral("act"), QStringLiteral("user_lookup")},
                  {QStringLiteral("host_key"), QStringLiteral("wrong")},
                  {QStringLiteral("cloudflare_email"), QLatin1String(kCustomerEmail)}};
    QCOMPARE(ApiCall::send(gw, TestForm::encode(lookup), false).errCode(), QStringLiteral("E_UNAUTH"));
    lookup[1].second = QLatin1String(kDemoHostKey);
    lookup.removeLast();
    QCOMPARE(ApiCall::send(gw, TestForm::encode(lookup), false).errCode(), QStringLiteral("E_MISSING_PARAM"));
    lookup.append({QStringLiteral("cloudflare_email"), QLatin1String(kCustomerEmail)});
    const ApiAnswer found = ApiCall::send(gw, TestForm::encode(lookup), false);
    const QString zone = found.response().value(QLatin1String("hosted_zones")).toArray().first().toString();
    QVERIFY(!zone.isEmpty());

    // The partner connects the customer's zone to its own Railgun...
    const QString rtkn = rtknOf(QStringLiteral("1"));
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("conn_set"),
                                  partner({{QStringLiteral("z"), zone},
                                           {QStringLiteral("rtkn"), rtkn},
                                           {QStringLiteral("mode"), QStringLiteral("1")}}));
    QCOMPARE(a.result(), QStringLiteral("success"));
    // ...the customer sees it, but cannot use the partner's Railgun itself.
    const Fields customer{{QStringLiteral("email"), QLatin1String(kCustomerEmail)},
                          {QStringLiteral("tkn"), QLatin1String(kCustomerToken)}};
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("zone_conn_get_active"),
                        customer + Fields{{QStringLiteral("z"), zone}});
    QCOMPARE(a.response()
                 .value(QLatin1String("railgun_conn"))
                 .toObject()
                 .value(QLatin1String("obj"))
                 .toObject()
                 .value(QLatin1String("railgun_id"))
                 .toString(),
             QStringLiteral("1"));
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("conn_delete"),
                        customer + Fields{{QStringLiteral("z"), zone}, {QStringLiteral("rtkn"), rtkn}});
    QCOMPARE(a.errCode(), QStringLiteral("E_NOT_FOUND"));
    // The customer cannot touch the partner's own domains.
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("zone_conn_get_active"),
                        customer + Fields{{QStringLiteral("z"), QStringLiteral("example.com")}});
    QCOMPARE(a.errCode(), QStringLiteral("E_NOT_FOUND"));
    a = ApiCall::action(m_emu->apiBase(), QStringLiteral("user_get_all"), customer);
    QCOMPARE(a.response()
                 .value(QLatin1String("railguns"))
                 .toObject()
                 .value(QLatin1String("objs"))
                 .toArray()
                 .size(),
             0);
}

void TestEmulator::unknownActionAndPath()
{
    ApiAnswer a = ApiCall::action(m_emu->apiBase(), QStringLiteral("nonsense"), client());
    QCOMPARE(a.status, 200);
    QCOMPARE(a.errCode(), QStringLiteral("E_UNKNOWN_ACTION"));
    a = ApiCall::send(m_emu->url().resolved(QUrl(QStringLiteral("no/such/page"))), QByteArray(), false);
    QCOMPARE(a.status, 404);
    a = ApiCall::send(m_emu->url().resolved(QUrl(QStringLiteral("host-gw.html"))), "act=user_delete", false);
    QCOMPARE(a.errCode(), QStringLiteral("E_UNKNOWN_ACTION"));
}

void TestEmulator::statsCountApiRequestsOnly()
{
    const auto count = [this](const QJsonObject &state, const char *action) {
        return state.value(QLatin1String("stats"))
            .toObject()
            .value(QLatin1String("by_action"))
            .toObject()
            .value(QLatin1String(action))
            .toInteger();
    };
    const QJsonObject before = m_emu->state();
    const qint64 total =
        before.value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInteger();
    ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), partner());
    ApiCall::action(m_emu->apiBase(), QStringLiteral("host_get_all"), partner(), false);
    QVERIFY(m_emu->resetFaults()); // admin: not counted
    const QJsonObject after = m_emu->state();
    QCOMPARE(count(after, "host_get_all"), count(before, "host_get_all") + 2);
    QCOMPARE(after.value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInteger(),
             total + 2);
}

void TestEmulator::faultEndpointRejectsBadKnobs()
{
    const QUrl faults = m_emu->url().resolved(QUrl(QStringLiteral("_emulator/faults")));
    QCOMPARE(ApiCall::send(faults, "fail_kind=explode", true).status, 400);
    QCOMPARE(ApiCall::send(faults, "fail_rate=2", true).status, 400);
    QCOMPARE(ApiCall::send(faults, "no_such_knob=1", true).status, 400);
    const ApiAnswer a = ApiCall::send(faults, "reset=1&latency_ms=5&fail_kind=slow", true);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json.value(QLatin1String("latency_ms")).toInt(), 5);
    QCOMPARE(a.json.value(QLatin1String("fail_kind")).toString(), QStringLiteral("slow"));
    QCOMPARE(ApiCall::send(faults, QByteArray(), false).json, a.json);
    QVERIFY(m_emu->resetFaults());
    QCOMPARE(ApiCall::send(faults, QByteArray(), false).json.value(QLatin1String("latency_ms")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
