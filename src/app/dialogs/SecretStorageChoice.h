#pragma once

#include <QGroupBox>
#include <memory>

namespace Ui {
class SecretStorageChoice;
}

namespace Railgun {

// Shown when the system keychain refused a secret: keep it for this session only, or store it in the
// settings file, the latter only with the consent box ticked. Hidden (and nothing chosen) otherwise.
class SecretStorageChoice final : public QGroupBox
{
    Q_OBJECT

public:
    enum class Choice
    {
        None,
        SessionOnly,
        SettingsFile
    };

    explicit SecretStorageChoice(QWidget *parent = nullptr);
    ~SecretStorageChoice() override;

    // The settings file the secret would go to (named in the consent box).
    void setSettingsFile(const QString &path);
    // Shows the choice with the keychain's reason; the focus goes to the first option.
    void offer(const QString &keychainMessage);
    // Hides the choice and clears it.
    void reset();
    Choice choice() const;
    bool consentGiven() const;
    void focusConsent();

private:
    std::unique_ptr<Ui::SecretStorageChoice> m_ui;
};

} // namespace Railgun
