#pragma once

#include "storage/Account.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AccountForm;
}

namespace Railgun {

// The account fields of the credentials dialog (name, kind, e-mail, secret, base URL, transport options, CA
// file): fills them from an Account, reads them back into one, and keeps the fields that depend on each
// other (kind → e-mail row and secret label, URL → insecure-http warning) in step.
class AccountForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(QWidget *parent = nullptr);
    ~AccountForm() override;

    void fill(const Account &account);
    // The fields applied to `base` (the stored account, or a default one): its id and secretStorage stay.
    Account toAccount(Account base) const;
    QString secret() const;
    void clearSecret();
    void setSecretPlaceholder(const QString &text);
    void focusName();

private:
    void updateKindFields();
    void updateInsecureWarning();
    void chooseCaFile();

    std::unique_ptr<Ui::AccountForm> m_ui;
};

} // namespace Railgun
