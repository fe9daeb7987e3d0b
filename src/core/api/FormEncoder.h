#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Railgun {

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded, every key and value percent-encoded (so '+' survives as %2B).
namespace FormEncoder {
QByteArray encode(const FormFields &fields);
// Decodes a form body or a query string; '+' means a space.
FormFields decode(const QByteArray &encoded);
} // namespace FormEncoder

} // namespace Railgun
