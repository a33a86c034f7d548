#include "SpfHighlighter.h"

#include "spf/Parser.h"

#include <QGuiApplication>
#include <QPalette>

namespace spfm::gui {

namespace {

// Byte offsets from the parser to character positions in the block.
int charPosition(const QByteArray &utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.left(byteOffset)).size());
}

QColor severityColour(lint::Severity s)
{
    // Red and amber read on light and dark backgrounds alike; the underline style also differs, so colour is not the
    // only signal.
    switch (s) {
    case lint::Severity::Error: return QColor(220, 40, 40);
    case lint::Severity::Warning: return QColor(215, 140, 0);
    case lint::Severity::Info: return QGuiApplication::palette().color(QPalette::Link);
    }
    return {};
}

} // namespace

SpfHighlighter::SpfHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void SpfHighlighter::setDiagnostics(const lint::Diagnostics &diagnostics)
{
    m_diagnostics = diagnostics;
    rehighlight();
}

void SpfHighlighter::highlightBlock(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!spf::isSpfRecord(utf8))
        return;
    const QPalette palette = QGuiApplication::palette();

    QTextCharFormat version;
    version.setFontWeight(QFont::Bold);
    setFormat(0, 6, version);

    const spf::Record record = spf::parseRecord(utf8);
    for (const spf::Term &term : record.terms) {
        const int start = charPosition(utf8, term.offset);
        const int length = charPosition(utf8, term.offset + int(term.text.size())) - start;
        QTextCharFormat format;
        if (!term.isValid()) {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(severityColour(lint::Severity::Error));
        } else if (term.isModifier()) {
            format.setFontItalic(true);
            format.setForeground(palette.color(QPalette::LinkVisited));
        } else {
            format.setForeground(palette.color(QPalette::Link));
            if (term.queriesDns())
                format.setFontWeight(QFont::DemiBold);
        }
        setFormat(start, length, format);
        if (term.isMechanism() && term.qualifierWritten) {
            QTextCharFormat qualifier = format;
            qualifier.setFontWeight(QFont::Bold);
            qualifier.setForeground(palette.color(QPalette::Text));
            setFormat(start, 1, qualifier);
        }
    }

    for (const lint::Diagnostic &d : std::as_const(m_diagnostics)) {
        if (d.offset < 0 || d.offset >= utf8.size())
            continue;
        const int start = charPosition(utf8, d.offset);
        const int end = charPosition(utf8, d.offset + int(std::max<qsizetype>(d.term.size(), 1)));
        for (int i = start; i < end && i < text.size(); ++i) {
            QTextCharFormat f = format(i);
            f.setUnderlineStyle(d.severity == lint::Severity::Error ? QTextCharFormat::WaveUnderline
                                                                    : QTextCharFormat::DashUnderline);
            f.setUnderlineColor(severityColour(d.severity));
            f.setToolTip(d.message);
            setFormat(i, 1, f);
        }
    }
}

} // namespace spfm::gui
