#include "api/ApiReply.h"

namespace Railgun {

ApiReply::ApiReply(Action action, const QString &domain, QObject *parent)
    : QObject(parent)
{
    m_result.action = action;
    m_result.domain = domain;
}

ApiReply::~ApiReply() = default;

void ApiReply::cancel()
{
    if (m_finished)
        return;
    emit cancelRequested();
}

void ApiReply::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    emit finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace Railgun
