#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class CreateRailgunDialog;
}

namespace Railgun {

class DomainController;
struct InitResult;

// Asks for a name and public name, calls init through the controller, then shows the new token once:
// masked, with reveal and copy, and how the daemon activates the Railgun.
class CreateRailgunDialog final : public QDialog
{
    Q_OBJECT

public:
    CreateRailgunDialog(DomainController *controller, QWidget *parent = nullptr);
    ~CreateRailgunDialog() override;

    void accept() override;

private:
    void showToken(const InitResult &result);

    std::unique_ptr<Ui::CreateRailgunDialog> m_ui;
    DomainController *m_controller;
    bool m_waiting = false;
};

} // namespace Railgun
