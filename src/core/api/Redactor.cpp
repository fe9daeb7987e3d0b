#include "api/Redactor.h"

#include <QRegularExpression>

namespace Railgun::Redactor {

namespace {
const QString kKeys = QStringLiteral("tkn|rtkn|host_key|railgun_api_key|user_key|user_api_key");
} // namespace

bool isSecretKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^(%1)$").arg(kKeys));
    return re.match(key).hasMatch();
}

QString redact(const QString &text)
{
    // key=value (forms, queries, URLs) and "key": "value" / "key": value (JSON).
    static const QRegularExpression form(QStringLiteral("(?<![A-Za-z0-9_])(%1)=([^&\\s\"']*)").arg(kKeys));
    static const QRegularExpression json(
        QStringLiteral("\"(%1)\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)").arg(kKeys));
    QString out = text;
    out.replace(form, QStringLiteral("\\1=***"));
    out.replace(json, QStringLiteral("\"\\1\"\\2\"***\""));
    return out;
}

QString mask(const QString &secret)
{
    // Nothing of the secret itself, not even its length.
    return secret.isEmpty() ? QString() : QString(8, QChar(0x2022));
}

} // namespace Railgun::Redactor
