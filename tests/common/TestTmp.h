#pragma once

#include <QTemporaryDir>

#include <memory>

// A fresh temporary folder under the test's own scratch folder (RAILGUN_TEST_TMP), removed when dropped.
class TestTmp final
{
public:
    static std::unique_ptr<QTemporaryDir> create();
};
