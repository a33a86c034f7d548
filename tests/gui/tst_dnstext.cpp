// Text from DNS with HTML and control characters shows as the characters it holds, in every widget that shows DNS
// text: the include tree (records, terms, queries, notes and their tooltips), the Test a Sender dialog (result,
// explanation, trace and tooltips), the diagnostics list and the domain tree's status. Tags appear as tags, even in
// tooltips (which Qt renders as HTML when they look like it), and control characters, line breaks and direction
// overrides are spelled out instead of acting on the display.
#include "DiagnosticsModel.h"
#include "DnsText.h"
#include "DomainTreeModel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ProjectDocument.h"
#include "ProjectZone.h"
#include "TestSenderDialog.h"
#include "project/Generator.h"
#include "project/ProjectModel.h"

#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>

using namespace spfm;

namespace {

// In zone-file form: \DDD is one byte (decimal). ESC, BEL, CR, LF and U+202E (RIGHT-TO-LEFT OVERRIDE, UTF-8 E2 80 AE).
const char *kRecordZone = "v=spf1 ip4:192.0.2.1 <b>bold</b>\\027[2J\\226\\128\\174gro.live -all";
// An explanation may hold only printable ASCII and spaces (RFC 7208 §6.2, macro-string): one with control characters
// is ignored by the engine, so only tags can reach the dialog.
const char *kExplanationZone = "<a href='https://evil.example/'>click</a> <script>alert(1)</script>";
const QString kTag = QStringLiteral("<b>bold</b>");
const QString kLink = QStringLiteral("<a href='https://evil.example/'>click</a>");

// What a tooltip shows: Qt renders it as HTML when it looks like HTML.
QString shownToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// No character that would act on the display instead of showing (visibleText() would spell it out).
bool allVisible(const QString &text)
{
    return gui::visibleText(text) == text;
}

} // namespace

class TestDnsText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_zone;

    static project::ProjectModel project(bool withInclude)
    {
        project::ProjectModel model;
        project::Primary p;
        p.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        if (withInclude)
            p.terms.append(QStringLiteral("include:_spf.hostile.example"));
        p.terms.append(QStringLiteral("exp=explain.acme.example"));
        [&] { QVERIFY(model.setPrimary(p).ok()); }();
        return model;
    }

    // Every item of a tree: its texts show no raw control character, and every tooltip shows its item's text.
    static QString checkTree(QTreeWidget &tree)
    {
        QString all;
        for (QTreeWidgetItemIterator it(&tree); *it; ++it) {
            for (int c = 0; c < tree.columnCount(); ++c) {
                const QString text = (*it)->text(c);
                if (!allVisible(text))
                    return QStringLiteral("raw control character in \"%1\"").arg(text);
                const QString tip = (*it)->toolTip(c);
                // A tooltip Qt takes for HTML must show exactly the item's text (tags included); one it shows as it is
                // must hold nothing that acts on the display either.
                if (Qt::mightBeRichText(tip) && shownToolTip(tip) != text)
                    return QStringLiteral("tooltip shows \"%1\" for \"%2\"").arg(shownToolTip(tip), text);
                if (!allVisible(shownToolTip(tip).remove(QLatin1Char('\n'))))
                    return QStringLiteral("raw control character in tooltip \"%1\"").arg(tip);
                all += text + QLatin1Char('\n') + shownToolTip(tip) + QLatin1Char('\n');
            }
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_dnstext");
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        m_zone = m_tmp.filePath(QStringLiteral("hostile.zone"));
        QFile f(m_zone);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("$ORIGIN example.\n$TTL 300\n@ IN SOA ns.example. host.example. 1 3600 600 86400 300\n");
        f.write(QByteArray("_spf.hostile IN TXT \"") + kRecordZone + "\"\n");
        f.write(QByteArray("$ORIGIN acme.example.\nexplain IN TXT \"") + kExplanationZone + "\"\n");
        f.close();
        QSettings().setValue(QStringLiteral("dns/zoneFile"), m_zone);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void visibleTextSpellsOutControls()
    {
        QCOMPARE(gui::visibleText(QByteArray("a\x1b[2Jb\x07\r\n\t\x7f")),
                 QStringLiteral("a\\x1b[2Jb\\x07\\r\\n\\t\\x7f"));
        QCOMPARE(gui::visibleText(QString::fromUtf8("x\xe2\x80\xaey\xe2\x81\xa6z\xc2\x85")),
                 QStringLiteral("x\\u202ey\\u2066z\\x85"));
        QCOMPARE(gui::visibleText(kTag + QStringLiteral(" é ü 日本")), kTag + QStringLiteral(" é ü 日本"));
        QCOMPARE(shownToolTip(gui::plainToolTip(kTag)), kTag);
        QCOMPARE(gui::plainToolTip(QStringLiteral("plain")), QStringLiteral("plain"));
    }

    void includeTreeShowsRecordsLiterally()
    {
        gui::MainWindow window;
        window.document()->reset(project(true), QString());
        window.regenerateNow();
        window.selectDomain("acme.example");
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("includeTree"));
        QVERIFY(tabs && tree);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("includeTab")));
        const QString all = checkTree(*tree);
        QVERIFY2(all.contains(kTag), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("\\x1b[2J\\u202egro.live")), qPrintable(all));
    }

    void testSenderShowsTraceAndExplanationLiterally()
    {
        {
            // The included record (broken by its tag) appears in the trace.
            const project::Generation generation = project::generate(project(true).project());
            gui::ProjectZone zone = gui::ProjectZone::build(generation, m_zone);
            QVERIFY2(zone.error.isEmpty(), qPrintable(zone.error));
            gui::TestSenderDialog dialog;
            dialog.setZone(std::move(zone));
            dialog.setInputs(QStringLiteral("198.51.100.7"), QStringLiteral("eve@acme.example"), QString());
            QVERIFY(dialog.evaluate());
            auto *trace = dialog.findChild<QTreeWidget *>(QStringLiteral("traceTree"));
            QVERIFY(trace);
            const QString all = checkTree(*trace);
            QVERIFY2(all.contains(kTag), qPrintable(all));
            QVERIFY2(all.contains(QLatin1String("\\x1b[2J\\u202e")), qPrintable(all));
            auto *label = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
            QVERIFY(label);
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(!label->text().contains(QChar(0x1b)) && !label->text().contains(QChar(0x202e)),
                     qPrintable(label->text()));
        }
        {
            // Without the include the evaluation fails and fetches the explanation.
            const project::Generation generation = project::generate(project(false).project());
            gui::ProjectZone zone = gui::ProjectZone::build(generation, m_zone);
            gui::TestSenderDialog dialog;
            dialog.setZone(std::move(zone));
            dialog.setInputs(QStringLiteral("198.51.100.7"), QStringLiteral("eve@acme.example"), QString());
            QVERIFY(dialog.evaluate());
            QCOMPARE(dialog.result().result, spf::Result::Fail);
            auto *label = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(label->text().contains(kLink + QStringLiteral(" <script>alert(1)</script>")),
                     qPrintable(label->text()));
            auto *trace = dialog.findChild<QTreeWidget *>(QStringLiteral("traceTree"));
            const QString all = checkTree(*trace);
            QVERIFY2(!all.startsWith(QLatin1String("raw control")) && !all.startsWith(QLatin1String("tooltip")),
                     qPrintable(all));
        }
    }

    void diagnosticsShowMessagesLiterally()
    {
        gui::DiagnosticsModel model;
        lint::Diagnostic d;
        d.code = "SPF101";
        d.severity = lint::Severity::Error;
        d.domain = "evil\x1b[2J.example";
        d.message = QStringLiteral("unknown mechanism \"") + kTag + QStringLiteral("\x1b[31m\nforged line\"");
        d.fix = QStringLiteral("Remove it.");
        model.setDiagnostics({d});
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(0, c);
            const QString shown = index.data(Qt::DisplayRole).toString();
            QVERIFY2(allVisible(shown), qPrintable(shown));
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QCOMPARE(shownToolTip(tip), shown);
        }
        QVERIFY(model.index(0, gui::DiagnosticsModel::MessageColumn)
                    .data()
                    .toString()
                    .contains(kTag + QStringLiteral("\\x1b[31m\\nforged line")));
    }

    void domainStatusShowsReasonLiterally()
    {
        gui::ProjectDocument document;
        document.reset(project(false), QString());
        gui::DomainTreeModel model(&document);
        gui::DomainStatus status;
        status.state = gui::DomainStatus::State::Error;
        status.reason = QStringLiteral("published ") + kTag + QStringLiteral("\x1b[2J\u202e");
        model.setStatus("acme.example", status);
        bool found = false;
        const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model.rowCount(parent); ++r) {
                for (int c = 0; c < model.columnCount(parent); ++c) {
                    const QModelIndex index = model.index(r, c, parent);
                    const QString shown = index.data(Qt::DisplayRole).toString();
                    QVERIFY2(allVisible(shown), qPrintable(shown));
                    QString tip = shownToolTip(index.data(Qt::ToolTipRole).toString());
                    QVERIFY2(allVisible(tip.remove(QLatin1Char('\n'))), qPrintable(tip));
                    if (tip.contains(kTag + QStringLiteral("\\x1b[2J\\u202e")))
                        found = true;
                }
                walk(model.index(r, 0, parent));
            }
        };
        walk({});
        QVERIFY2(found, "the status reason shows in a tooltip, literally");
    }
};

QTEST_MAIN(TestDnsText)
#include "tst_dnstext.moc"
