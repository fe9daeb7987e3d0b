#pragma once

#include "api/ApiResult.h"

#include <QObject>

namespace Railgun {

// The handle of one call. Emits finished() exactly once, always from the event loop (never from inside
// the call that created it). cancel() ends it with an ApiError::Kind::Cancelled result.
// The reply deletes itself after finished() unless setAutoDelete(false) was called.
class ApiReply final : public QObject
{
    Q_OBJECT

public:
    explicit ApiReply(Action action, const QString &domain, QObject *parent = nullptr);
    ~ApiReply() override;

    Action action() const { return m_result.action; }
    QString domain() const { return m_result.domain; }
    bool isFinished() const { return m_finished; }
    const ApiResult &result() const { return m_result; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

public slots:
    void cancel();

signals:
    void finished(const Railgun::ApiResult &result);
    // Internal: asks the transport to abort; emitted by cancel().
    void cancelRequested();

private:
    friend class RailgunApi;
    // Called by the service when the call ends; emits finished() once.
    void finish(ApiResult result);

    ApiResult m_result;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Railgun
