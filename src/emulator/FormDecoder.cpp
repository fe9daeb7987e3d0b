#include "FormDecoder.h"

#include <QList>

namespace Emulator {

namespace {
QString decodeComponent(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}
} // namespace

FormFields FormDecoder::decode(const QByteArray &encoded)
{
    FormFields fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decodeComponent(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeComponent(pair.mid(eq + 1));
        if (!fields.contains(name))
            fields.insert(name, value);
    }
    return fields;
}

} // namespace Emulator
