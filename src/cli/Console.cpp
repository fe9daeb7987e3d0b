#include "Console.h"

#include <cstdio>

namespace RailgunCtl::Console {

void outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void out(const QString &text)
{
    outBytes(text.toUtf8());
}

void error(const QString &message)
{
    const QByteArray bytes = QByteArrayLiteral("railgunctl: ") + message.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace RailgunCtl::Console
