#pragma once

#include "lint/Diagnostic.h"

#include <QSyntaxHighlighter>

namespace spfm::gui {

// Colours an SPF record by what each term is (the parser decides, not a regular expression) and underlines the terms
// the linter complains about. Colours come from the palette, so the marks stay readable in dark mode.
class SpfHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpfHighlighter(QTextDocument *document);

    // Findings to underline; their offsets are byte offsets into the record text of the block they belong to.
    void setDiagnostics(const lint::Diagnostics &diagnostics);

protected:
    void highlightBlock(const QString &text) override;

private:
    lint::Diagnostics m_diagnostics;
};

} // namespace spfm::gui
