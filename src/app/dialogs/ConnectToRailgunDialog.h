#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectToRailgunDialog;
}

namespace Railgun {

class RailgunListModel;

// Picks the Railgun (active ones only) and the mode for "Connect to Railgun…".
class ConnectToRailgunDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectToRailgunDialog(const RailgunListModel *railguns, int domainCount, QWidget *parent = nullptr);
    ~ConnectToRailgunDialog() override;

    QString railgunId() const;
    bool enableNow() const;

private:
    std::unique_ptr<Ui::ConnectToRailgunDialog> m_ui;
};

} // namespace Railgun
