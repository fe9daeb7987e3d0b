#pragma once

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <memory>

namespace Ui {
class AddDomainsDialog;
}

namespace Railgun {

class AccountSession;

// Add one, paste many, import a text/CSV file or (partner accounts) a customer's hosted zones.
// Invalid names are listed with their reason; duplicates are counted and ignored.
class AddDomainsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `partnerSession`: the account's session when it is a partner account (enables the customer import).
    AddDomainsDialog(const QSet<QString> &alreadyListed, AccountSession *partnerSession,
                     QWidget *parent = nullptr);
    ~AddDomainsDialog() override;

    QStringList domains() const { return m_valid; }
    // Fills the input from a file; returns false and says why when it cannot be read.
    bool importFile(const QString &path);

private:
    void reparse();
    void lookupCustomer();

    std::unique_ptr<Ui::AddDomainsDialog> m_ui;
    QSet<QString> m_listed;
    QPointer<AccountSession> m_session;
    QStringList m_valid;
    QStringList m_fileTokens; // tokens imported from a CSV file (first column only)
};

} // namespace Railgun
