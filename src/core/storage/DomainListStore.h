#pragma once

#include <QString>
#include <QStringList>

namespace Railgun {

// The domains of one account, saved as JSON in the app's data directory, written atomically
// (QSaveFile). A corrupt file is kept as <name>.corrupt-<time> and whatever can be read is returned.
class DomainListStore final
{
public:
    struct LoadResult
    {
        QStringList domains;
        bool recovered = false; // the file was damaged: a backup was kept and `message` says so
        QString message;
    };

    explicit DomainListStore(const QString &directory);

    QString fileFor(const QString &accountId) const;
    LoadResult load(const QString &accountId) const;
    // Returns false and sets *error when the file could not be written (the old file is untouched).
    bool save(const QString &accountId, const QStringList &domains, QString *error = nullptr) const;
    void remove(const QString &accountId) const;

    QString directory() const { return m_directory; }
    // The file format, for tools and tests: {"version":1,"domains":[...]}.
    static QByteArray serialize(const QStringList &domains);

private:
    QString m_directory;
};

} // namespace Railgun
