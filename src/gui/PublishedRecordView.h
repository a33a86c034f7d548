#pragma once

#include "verify/RecordDiff.h"

#include <QWidget>
#include <memory>

namespace Ui {
class PublishedRecordView;
}

namespace spfm::verify {
struct DomainResult;
}

namespace spfm::gui {

class SpfHighlighter;

// The selected domain's published SPF record as the last live check saw it, beside the generated one: its TTL, the
// terms that differ marked in the text, and the term-level diff as a list of changes to make. DNS text is shown as
// plain text only.
class PublishedRecordView : public QWidget
{
    Q_OBJECT

public:
    explicit PublishedRecordView(QWidget *parent = nullptr);
    ~PublishedRecordView() override;

    // nullptr: the domain has not been checked. stale: the project was edited since.
    void setResult(const verify::DomainResult *result, bool stale);

    QString publishedText() const;
    // The changes listed, one line each, as shown.
    QStringList changeTexts() const;

    static QString changeText(const verify::TermChange &change);

protected:
    // The form's own texts; the window shows the result again, in the new language, when it regenerates.
    void changeEvent(QEvent *event) override;

private:
    const std::unique_ptr<Ui::PublishedRecordView> m_ui;
    SpfHighlighter *m_highlighter;
};

} // namespace spfm::gui
