#pragma once

// Shared by the parser tests: reading files of the source tree, readable JSON literals, one-call parsing.
#include "api/ResponseParser.h"

#include <QFile>
#include <QString>

namespace ParserTestSupport {

inline QString sourcePath(const QString &relative)
{
    return qEnvironmentVariable("RAILGUN_SOURCE_DIR") + QLatin1Char('/') + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// A documented example body, verbatim (tests/fixtures/docs).
inline QByteArray fixture(const QString &name)
{
    return readFile(sourcePath(QStringLiteral("tests/fixtures/docs/") + name));
}

// JSON written with single quotes, to keep the test data readable (and moc-friendly: moc 6.4 chokes on
// raw string literals holding braces).
inline QByteArray J(const char *text)
{
    QByteArray json(text);
    json.replace('\'', '"');
    return json;
}

inline Railgun::ApiResult parsed(Railgun::Action action, const QByteArray &body)
{
    Railgun::ApiResult result;
    result.action = action;
    Railgun::ResponseParser::parse(body, &result);
    return result;
}

} // namespace ParserTestSupport
