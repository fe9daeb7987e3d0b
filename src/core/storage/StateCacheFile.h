#pragma once

#include "api/DomainState.h"

#include <QList>
#include <QString>

namespace Railgun {

// The last known state of an account's domains, kept between runs in the app's data directory so that
// rows open with what the server said last time (and when) instead of blank.
// One line per domain, tab-separated, after a header line:
//   railgun-desk-state 1
//   example.com <TAB> C|N <TAB> railgun id <TAB> 1|0 <TAB> checked at (ms since the epoch)
// Written atomically (QSaveFile): a kill during a write leaves the previous file whole. A damaged line is
// skipped; a damaged file is copied aside as <name>.corrupt-<time> and what could be read is kept.
class StateCacheFile final
{
public:
    struct LoadResult
    {
        QList<DomainState> states;
        bool recovered = false; // the file was damaged: `message` says what was kept and where the copy is
        QString message;
    };

    explicit StateCacheFile(const QString &directory);

    QString fileFor(const QString &accountId) const;
    LoadResult load(const QString &accountId) const;
    // Only Connected and NotConnected states are written. Returns false and sets *error when the file
    // could not be written (the old file is untouched).
    bool save(const QString &accountId, const QList<DomainState> &states, QString *error = nullptr) const;
    void remove(const QString &accountId) const;

    static QByteArray serialize(const QList<DomainState> &states);
    // Reads what it can; *damagedLines counts the lines it skipped (a bad header counts as one).
    static QList<DomainState> parse(const QByteArray &bytes, int *damagedLines);

private:
    QString m_directory;
};

} // namespace Railgun
