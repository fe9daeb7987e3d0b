// libFuzzer target: DomainName::normalize on the input read as UTF-8, Latin-1 and raw UTF-16, checking the
// properties of FuzzProperties.h. A violation abort()s, so libFuzzer keeps the input as a crash file.
#include "FuzzProperties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void check(const char *reading, const QString &input)
{
    const QString violation = RailgunFuzz::domainNameViolation(input);
    if (violation.isEmpty())
        return;
    std::fprintf(stderr, "PROPERTY VIOLATED (input read as %s): %s\n", reading,
                 violation.toUtf8().constData());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    check("UTF-8", QString::fromUtf8(bytes, qsizetype(size)));
    check("Latin-1", QString::fromLatin1(bytes, qsizetype(size)));
    // Raw UTF-16 reaches lone surrogates and code points that UTF-8 decoding would have replaced.
    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    for (size_t i = 0; i + 1 < size; i += 2)
        utf16[qsizetype(i / 2)] = QChar(char16_t(data[i] | (data[i + 1] << 8)));
    check("UTF-16LE", utf16);
    return 0;
}
