#pragma once

// The properties the fuzz targets check, shared with tests/core/tst_fuzz_regressions.cpp so the committed
// corpus and every past crash are checked the same way in the normal test suite.
// Each function runs the code under test and returns the first violated property, or an empty string.

#include "api/ApiResult.h"
#include "api/DomainName.h"
#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace RailgunFuzz {

inline constexpr Railgun::Action kAllActions[] = {
    Railgun::Action::Init,
    Railgun::Action::Delete,
    Railgun::Action::UserGetAll,
    Railgun::Action::HostGetAll,
    Railgun::Action::ZoneConnGetActive,
    Railgun::Action::ConnSet,
    Railgun::Action::ConnSetModeEnabled,
    Railgun::Action::ConnSetModeDisabled,
    Railgun::Action::ConnDelete,
    Railgun::Action::SuggestionSet,
    Railgun::Action::IprSet,
    Railgun::Action::UserLookup,
};

// parseRailgunList / parseConnection / parseRailgun / the scalar helpers on any JSON value.
inline QString typedPiecesViolation(const QJsonValue &value)
{
    using namespace Railgun;
    bool ok = false;
    const QList<RailgunInfo> railguns = ResponseParser::parseRailgunList(value, &ok);
    for (const RailgunInfo &r : railguns) {
        if (r.id.isEmpty())
            return QStringLiteral("parseRailgunList returned a Railgun without an id");
    }
    if (!ok && !railguns.isEmpty())
        return QStringLiteral("parseRailgunList failed but returned Railguns");

    const std::optional<Connection> connection = ResponseParser::parseConnection(value, &ok);
    if (connection && !ok)
        return QStringLiteral("parseConnection failed but returned a connection");
    if (connection && connection->railgunId.isEmpty())
        return QStringLiteral("parseConnection returned a connection without a Railgun id");

    if (value.isObject())
        ResponseParser::parseRailgun(value.toObject());
    ResponseParser::scalarToString(value);
    ResponseParser::scalarToBool(value);
    return {};
}

// A body through parse() for every action, parseLenientJson, and the typed pieces on what it holds.
inline QString responseParserViolation(const QByteArray &body)
{
    using namespace Railgun;
    QJsonDocument doc;
    QString why;
    const bool isJson = ResponseParser::parseLenientJson(body, &doc, &why);
    if (!isJson && why.isEmpty())
        return QStringLiteral("parseLenientJson rejected the body without a reason");

    for (const Action action : kAllActions) {
        ApiResult result;
        result.action = action;
        ResponseParser::parse(body, &result);
        const QString text = result.error.toText();
        const QString where = QStringLiteral(" (action %1)").arg(actionName(action));
        if (result.error.kindName().isEmpty())
            return QStringLiteral("an error kind without a name") + where;
        if (!result.ok() && text.isEmpty())
            return QStringLiteral("an error without words") + where;
        if (!isJson && result.error.kind != ApiError::Kind::MalformedBody)
            return QStringLiteral("a body that is not JSON was not reported as malformed") + where;
        if (!result.ok())
            continue;
        for (const RailgunInfo &r : result.railguns) {
            if (r.id.isEmpty())
                return QStringLiteral("a listed Railgun without an id") + where;
        }
        if (result.connection && result.connection->railgunId.isEmpty())
            return QStringLiteral("a connection without a Railgun id") + where;
    }
    if (!isJson)
        return {};

    // The root, its members, and the members of its "response" object.
    QString v = typedPiecesViolation(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; v.isEmpty() && i < array.size(); ++i)
            v = typedPiecesViolation(array.at(i));
        return v;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); v.isEmpty() && it != object.end(); ++it)
        v = typedPiecesViolation(it.value());
    const QJsonObject response = object.value(QLatin1String("response")).toObject();
    for (auto it = response.begin(); v.isEmpty() && it != response.end(); ++it)
        v = typedPiecesViolation(it.value());
    return v;
}

// A valid result is lower-case printable ASCII, at most 253 characters, two or more labels of 1 to 63
// characters, and a fixed point: normalize(result) == result. An invalid one has no name.
inline QString domainNameViolation(const QString &input)
{
    using namespace Railgun;
    const DomainName::Normalized n = DomainName::normalize(input);
    const auto fail = [&](const char *property) {
        return QStringLiteral("%1 -- result \"%2\", error \"%3\"")
            .arg(QLatin1String(property), n.name, n.error);
    };
    if (!n.isValid())
        return n.name.isEmpty() ? QString() : fail("an invalid name has no result");
    const QString &name = n.name;
    if (name.isEmpty())
        return fail("a valid name is not empty");
    if (name.size() > 253)
        return fail("a valid name has at most 253 characters");
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u >= 0x7f)
            return fail("a valid name is printable ASCII");
        if (u >= 'A' && u <= 'Z')
            return fail("a valid name is lower-case");
    }
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return fail("a valid name has two labels or more");
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return fail("every label has 1 to 63 characters");
    }
    const DomainName::Normalized again = DomainName::normalize(name);
    if (!again.isValid() || again.name != name) {
        return fail("normalize(normalize(x)) == normalize(x)") +
               QStringLiteral(" -- again \"%1\", error \"%2\"").arg(again.name, again.error);
    }
    return {};
}

} // namespace RailgunFuzz
