#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// The form the tests send to the emulator (API calls and admin endpoints), written apart from the
// client's FormEncoder so a test never agrees with the client's own bugs.
namespace TestForm {

using Fields = QList<QPair<QString, QString>>;

// Every name and value percent-encoded on its own (so '+' arrives as a '+'), joined with '&'.
inline QByteArray encode(const Fields &fields)
{
    QByteArray form;
    for (const auto &[name, value] : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return form;
}

} // namespace TestForm
