#pragma once

#include <QFrame>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Railgun {

// An inline message above the table, in the manner of KDE's KMessageWidget: what just happened or what
// went wrong, with the actions that follow from it ("Undo", "Details", "Retry", "Clear filters") and a
// close button — instead of a dialog the user has to dismiss. Its colour follows its kind (derived from
// the palette, so it reads on light and dark), and an icon and the words carry the same meaning.
class MessageBar final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    // Replaces what is shown. The actions stay the caller's; each becomes a button that also closes the bar.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void dismiss();
    Kind kind() const { return m_kind; }
    QString text() const;
    // The buttons of the actions shown, in order (tests and the accessibility walk use them).
    QList<QToolButton *> actionButtons() const { return m_buttons; }

signals:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_label;
    QHBoxLayout *m_actionsLayout;
    QToolButton *m_close;
    QList<QToolButton *> m_buttons;
    bool m_colouring = false;
};

} // namespace Railgun
