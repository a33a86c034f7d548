#include "PublishedRecordView.h"

#include "DnsText.h"
#include "Icons.h"
#include "SpfHighlighter.h"
#include "spf/Parser.h"
#include "ui_PublishedRecordView.h"
#include "verify/DomainResult.h"

#include <QEvent>
#include <QFontDatabase>

namespace spfm::gui {

PublishedRecordView::PublishedRecordView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PublishedRecordView>())
{
    m_ui->setupUi(this);
    m_ui->publishedView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->publishedView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = new SpfHighlighter(m_ui->publishedView->document());
    setResult(nullptr, false);
}

PublishedRecordView::~PublishedRecordView() = default;

void PublishedRecordView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

QString PublishedRecordView::changeText(const verify::TermChange &change)
{
    const QString published = visibleText(change.published); // from DNS
    const QString expected = visibleText(change.expected);
    switch (change.kind) {
    case verify::TermChange::Kind::Added: return tr("add %1 (term %2)").arg(expected).arg(change.expectedIndex + 1);
    case verify::TermChange::Kind::Removed: return tr("remove %1").arg(published);
    case verify::TermChange::Kind::QualifierChanged: return tr("change %1 to %2").arg(published, expected);
    case verify::TermChange::Kind::Moved: return tr("move %1 to term %2").arg(published).arg(change.expectedIndex + 1);
    }
    return {};
}

void PublishedRecordView::setResult(const verify::DomainResult *result, bool stale)
{
    m_ui->diffList->clear();
    m_highlighter->setDiagnostics({});
    if (!result) {
        m_ui->publishedView->clear();
        m_ui->publishedView->setPlaceholderText(tr("Not checked yet: Check Live reads what DNS publishes."));
        m_ui->ttlLabel->clear();
        m_ui->noteLabel->hide();
        m_ui->diffList->hide();
        return;
    }

    QStringList texts;
    for (const QByteArray &record : result->published)
        texts << visibleText(record);
    m_ui->publishedView->setPlaceholderText(tr("Nothing published: no v=spf1 TXT record at this name."));
    m_ui->publishedView->setPlainText(texts.join(QLatin1Char('\n')));
    m_ui->ttlLabel->setText(result->published.isEmpty() ? QString()
                            : result->expectedTtl != 0 && result->expectedTtl != result->publishedTtl
                                ? tr("TTL %1 (generated: %2)").arg(result->publishedTtl).arg(result->expectedTtl)
                                : tr("TTL %1").arg(result->publishedTtl));

    QStringList notes;
    if (result->status == verify::Status::Unreachable)
        notes << tr("DNS did not answer: what is published is not known.");
    else if (result->published.size() > 1)
        notes << tr("%n SPF records are published: receivers return permerror (RFC 7208 §4.5).", nullptr,
                    int(result->published.size()));
    else if (result->published.size() == 1 && !result->expected.isEmpty() && result->diff.same())
        notes << tr("Same as the generated record.");
    if (!result->aliasTarget.isEmpty())
        notes << tr("The name is an alias of %1.").arg(visibleText(result->aliasTarget));
    if (stale)
        notes << tr("The project was edited after this check: check again to compare with the new record.");
    m_ui->noteLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noteLabel->setVisible(!notes.isEmpty());

    // The differing terms are marked in the text as the linter's findings are: removals as errors, the rest as
    // warnings. Only a single published record has a diff.
    // (Their offsets are into the text as published: when control characters had to be spelled out, none are marked.)
    const bool literal = result->published.size() == 1 && texts.first() == QString::fromUtf8(result->published.first());
    const spf::Record parsed = literal ? spf::parseRecord(result->published.first()) : spf::Record{};
    lint::Diagnostics marks;
    for (const verify::TermChange &change : result->diff.changes) {
        const QString text = changeText(change);
        const bool removal = change.kind == verify::TermChange::Kind::Removed;
        auto *item =
            new QListWidgetItem(Icons::get(change.kind == verify::TermChange::Kind::Added ? QStringLiteral("add")
                                           : removal                                      ? QStringLiteral("remove")
                                                     : QStringLiteral("status-warning")),
                                text, m_ui->diffList);
        item->setToolTip(plainToolTip(text));
        if (change.publishedIndex >= 0 && change.publishedIndex < parsed.terms.size()) {
            const spf::Term &term = parsed.terms[change.publishedIndex];
            lint::Diagnostic mark;
            mark.severity = removal ? lint::Severity::Error : lint::Severity::Warning;
            mark.term = term.text;
            mark.offset = term.offset;
            mark.message = text;
            marks.append(mark);
        }
    }
    m_highlighter->setDiagnostics(marks);
    m_ui->diffList->setVisible(m_ui->diffList->count() > 0);
}

QString PublishedRecordView::publishedText() const
{
    return m_ui->publishedView->toPlainText();
}

QStringList PublishedRecordView::changeTexts() const
{
    QStringList out;
    for (int i = 0; i < m_ui->diffList->count(); ++i)
        out << m_ui->diffList->item(i)->text();
    return out;
}

} // namespace spfm::gui
