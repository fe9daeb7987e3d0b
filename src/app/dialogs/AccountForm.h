#pragma once

#include "storage/Account.h"

#include <QObject>

class QWidget;

namespace Ui {
class CredentialsDialog;
}

namespace Railgun {

// The account fields of the credentials form (name, kind, e-mail, secret, base URL, transport options, CA
// file): fills them from an Account, reads them back into one, and keeps the fields that depend on each
// other (kind → e-mail row and secret label, URL → insecure-http warning) in step.
class AccountForm final : public QObject
{
    Q_OBJECT

public:
    // `ui` is the dialog's form, already set up; `dialogParent` parents the CA file chooser.
    AccountForm(Ui::CredentialsDialog *ui, QWidget *dialogParent);

    void fill(const Account &account);
    // The fields applied to `base` (the stored account, or a default one): its id and secretStorage stay.
    Account toAccount(Account base) const;
    QString secret() const;

private:
    void updateKindFields();
    void updateInsecureWarning();
    void chooseCaFile();

    Ui::CredentialsDialog *m_ui;
    QWidget *m_dialogParent;
};

} // namespace Railgun
