// libFuzzer target: a response body through every entry point of ResponseParser (FuzzProperties.h).
// The parser calls QCoreApplication::translate(), which needs no application object (without one it
// returns the source text), so none is created here.
#include "FuzzProperties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: ASan then sees any read past the end of the body.
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString violation = RailgunFuzz::responseParserViolation(body);
    if (!violation.isEmpty()) {
        std::fprintf(stderr, "PROPERTY VIOLATED: %s\n", violation.toUtf8().constData());
        std::abort();
    }
    return 0;
}
