#include "dialogs/AddDomainsDialog.h"

#include "ui_AddDomainsDialog.h"

#include "api/DomainListParser.h"
#include "session/AccountSession.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Railgun {

AddDomainsDialog::AddDomainsDialog(const QSet<QString> &alreadyListed, AccountSession *partnerSession,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddDomainsDialog>())
    , m_listed(alreadyListed)
    , m_session(partnerSession)
{
    m_ui->setupUi(this);
    m_ui->lookupButton->setVisible(partnerSession != nullptr);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->input, &QPlainTextEdit::textChanged, this, &AddDomainsDialog::reparse);
    connect(m_ui->importFileButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Domains"), QString(),
                                         tr("Text or CSV files (*.txt *.csv *.list);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &AddDomainsDialog::lookupCustomer);
    reparse();
}

AddDomainsDialog::~AddDomainsDialog() = default;

bool AddDomainsDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Import Domains"),
                             tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const QStringList tokens =
        DomainListParser::names(text, csv ? DomainListParser::Format::Csv : DomainListParser::Format::Text);
    QString joined = m_ui->input->toPlainText();
    if (!joined.isEmpty() && !joined.endsWith(QLatin1Char('\n')))
        joined += QLatin1Char('\n');
    m_ui->input->setPlainText(joined + tokens.join(QLatin1Char('\n')));
    return true;
}

void AddDomainsDialog::lookupCustomer()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString email = QInputDialog::getText(this, tr("Import Customer's Domains"),
                                                tr("The customer's Cloudflare e-mail address:"),
                                                QLineEdit::Normal, QString(), &ok)
                              .trimmed();
    if (!ok || email.isEmpty())
        return;
    m_ui->lookupButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Looking up %1…").arg(email));
    BulkItem lookup;
    lookup.action = Action::UserLookup;
    lookup.domain = email; // the call's subject: the customer's address
    CallTicket *ticket = m_session->submit(lookup);
    connect(ticket, &CallTicket::finished, this, [this, email](const ApiResult &result) {
        m_ui->lookupButton->setEnabled(true);
        if (!result.ok()) {
            QMessageBox::warning(this, tr("Import Customer's Domains"),
                                 tr("The lookup of %1 failed: %2").arg(email, result.error.toText()));
            reparse();
            return;
        }
        if (!result.lookup.userExists) {
            QMessageBox::information(this, tr("Import Customer's Domains"),
                                     tr("There is no user %1.").arg(email));
            reparse();
            return;
        }
        QString text = m_ui->input->toPlainText();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_ui->input->setPlainText(text + result.lookup.hostedZones.join(QLatin1Char('\n')));
    });
}

void AddDomainsDialog::reparse()
{
    const auto result =
        DomainListParser::parse(m_ui->input->toPlainText(), DomainListParser::Format::Text, m_listed);
    m_valid = result.valid();
    const QList<DomainListParser::Entry> invalid = result.invalid();
    m_ui->invalidList->clear();
    for (const auto &bad : invalid)
        m_ui->invalidList->addItem(tr("%1 — %2").arg(bad.shownInput(), bad.error));
    m_ui->invalidList->setVisible(!invalid.isEmpty());
    QStringList parts;
    parts << tr("%n new domain(s)", nullptr, int(m_valid.size()));
    if (result.duplicates > 0)
        parts << tr("%n duplicate(s) ignored", nullptr, result.duplicates);
    if (!invalid.isEmpty())
        parts << tr("%n invalid name(s), listed below", nullptr, int(invalid.size()));
    m_ui->summaryLabel->setText(parts.join(QStringLiteral(", ")));
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Add %n Domain(s)", nullptr, int(m_valid.size())));
    ok->setEnabled(!m_valid.isEmpty());
}

} // namespace Railgun
