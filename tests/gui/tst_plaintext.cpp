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
#include <QTreeWidget>

using namespace spfm;

// Text that came from DNS is untrusted: a TXT record holding HTML must show as the characters it contains.
class TestPlainText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_zone;

    static const char *html() { return "<b>Forged</b> <a href='https://evil.example/'>click</a>"; }

    project::ProjectModel project()
    {
        project::ProjectModel model;
        project::Primary p;
        p.domain = project::DomainName::parse(QStringLiteral("acme.example")).value();
        p.terms = {QStringLiteral("include:_spf.html.example"), QStringLiteral("exp=explain.acme.example")};
        [&] { QVERIFY(model.setPrimary(p).ok()); }();
        return model;
    }

    static void checkAllLabelsPlain(const QWidget &root)
    {
        for (const QLabel *label : root.findChildren<QLabel *>()) {
            if (label->objectName().startsWith(QLatin1String("qt_")) || label->objectName().isEmpty())
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }

private slots:
    void initTestCase()
    {
        isolateSettings("tst_plaintext");
        QSettings().clear();
        QVERIFY(m_tmp.isValid());
        m_zone = m_tmp.filePath(QStringLiteral("html.example.zone"));
        QFile f(m_zone);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("$ORIGIN example.\n$TTL 300\n"
                "@ IN SOA ns.example. host.example. 1 3600 600 86400 300\n"
                "_spf.html IN TXT \"v=spf1 ip4:192.0.2.1 -all <i>italic</i>\"\n"
                "$ORIGIN acme.example.\n"
                "explain IN TXT \"");
        f.write(html());
        f.write("\"\n");
        f.close();
        QSettings().setValue(QStringLiteral("dns/zoneFile"), m_zone);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void everyLabelIsPlainText()
    {
        gui::MainWindow window;
        checkAllLabelsPlain(window);
        gui::TestSenderDialog dialog;
        checkAllLabelsPlain(dialog);
    }

    void explanationFromDnsShowsLiterally()
    {
        // The policy without the broken include, so the evaluation reaches "all" and fetches the explanation.
        project::ProjectModel model = project();
        project::Primary p = model.project().primary;
        p.terms.removeFirst();
        QVERIFY(model.setPrimary(p).ok());
        const project::Generation generation = project::generate(model.project());
        gui::ProjectZone zone = gui::ProjectZone::build(generation, m_zone);
        QVERIFY2(zone.error.isEmpty(), qPrintable(zone.error));
        gui::TestSenderDialog dialog;
        dialog.setZone(std::move(zone));
        dialog.setInputs(QStringLiteral("198.51.100.7"), QStringLiteral("eve@acme.example"), QString());
        QVERIFY(dialog.evaluate());
        QCOMPARE(dialog.result().result, spf::Result::Fail);
        QCOMPARE(dialog.result().explanation, QString::fromLatin1(html()));
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("resultLabel"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(QString::fromLatin1(html())));
    }

    void includedRecordShowsLiterallyInTheTree()
    {
        gui::MainWindow window;
        window.document()->reset(project(), QString());
        window.regenerateNow();
        window.selectDomain("acme.example");
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
        auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("includeTree"));
        QVERIFY(tabs && tree);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("includeTab")));
        bool found = false;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            found = found || (*it)->text(0).contains(QLatin1String("<i>italic</i>"));
        QVERIFY(found);
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
