#include "TestTmp.h"

#include <QDir>

std::unique_ptr<QTemporaryDir> TestTmp::create()
{
    QString base = qEnvironmentVariable("RAILGUN_TEST_TMP");
    if (base.isEmpty())
        base = QDir::tempPath();
    QDir().mkpath(base);
    return std::make_unique<QTemporaryDir>(base + QStringLiteral("/XXXXXX"));
}
