#include "lint/Linter.h"

#include "dns/DnsTypes.h"
#include "lint/LintSupport.h"
#include "lint/TextChecks.h"
#include "lint/TreeWalk.h"
#include "spf/Parser.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace spfm::lint {

using namespace detail;

QByteArray stateName(TreeNode::State state)
{
    switch (state) {
    case TreeNode::State::Ok: return "ok";
    case TreeNode::State::NoRecord: return "no-record";
    case TreeNode::State::MultipleRecords: return "multiple-records";
    case TreeNode::State::SyntaxError: return "syntax-error";
    case TreeNode::State::DnsError: return "dns-error";
    case TreeNode::State::Loop: return "loop";
    case TreeNode::State::Unresolved: return "unresolved";
    case TreeNode::State::NotWalked: return "not-walked";
    case TreeNode::State::Pending: return "pending";
    }
    return "ok";
}

namespace {

QJsonArray spendsToJson(const QList<LookupSpend> &spends)
{
    QJsonArray a;
    for (const LookupSpend &s : spends) {
        a.append(QJsonObject{{QStringLiteral("count"), s.count},
                             {QStringLiteral("domain"), QString::fromUtf8(s.domain)},
                             {QStringLiteral("term"), QString::fromUtf8(s.termText)},
                             {QStringLiteral("offset"), s.termOffset},
                             {QStringLiteral("node"), s.node}});
    }
    return a;
}

QJsonObject termToJson(const TermReport &t)
{
    QJsonObject o{{QStringLiteral("term"), QString::fromUtf8(t.text)},
                  {QStringLiteral("offset"), t.offset},
                  {QStringLiteral("queries_dns"), t.queriesDns},
                  {QStringLiteral("static_total"), t.staticTotal},
                  {QStringLiteral("past_static_limit"), t.pastStaticLimit},
                  {QStringLiteral("path_total"), t.pathTotal},
                  {QStringLiteral("past_path_limit"), t.pastPathLimit},
                  {QStringLiteral("dead"), t.dead},
                  {QStringLiteral("void_lookup"), t.voidLookup},
                  {QStringLiteral("child"), t.child}};
    if (t.mxNames >= 0)
        o.insert(QStringLiteral("mx_names"), t.mxNames);
    QJsonArray queries;
    for (const QByteArray &q : t.queries)
        queries.append(QString::fromUtf8(q));
    o.insert(QStringLiteral("queries"), queries);
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}

// Text checks with the version tag handled first: Sender ID records, text before v=spf1, bad version tags.
// Returns false when the text is not an SPF record the parser should see.
void lintText(QByteArrayView text, const LintOptions &options, Diagnostics &out)
{
    if (text.size() >= 7 && text.first(7).compare("spf2.0/", Qt::CaseInsensitive) == 0) {
        out.append(makeDiagnostic(
            Code::SenderIdRecord,
            text.first(std::min<qsizetype>(text.indexOf(' ') < 0 ? text.size() : text.indexOf(' '), text.size())), 0,
            QCoreApplication::translate("spfm::lint", "This is a Sender ID record (RFC 4406, historic): no receiver "
                                                      "uses it, and SPF ignores it."),
            QCoreApplication::translate("spfm::lint", "Delete it; the v=spf1 record is the one that counts.")));
        return;
    }
    if (!spf::isSpfRecord(text)) {
        const QByteArray lowered = text.toByteArray().toLower();
        const qsizetype at = lowered.indexOf("v=spf1");
        if (at > 0 && spf::isSpfRecord(text.sliced(at))) {
            out.append(makeDiagnostic(
                Code::JunkBeforeVersion, text.first(at), 0,
                QCoreApplication::translate("spfm::lint",
                                            "%1 comes before v=spf1: receivers do not recognise the record "
                                            "and treat the domain as having none.")
                    .arg(quoted(text.first(at))),
                QCoreApplication::translate("spfm::lint", "Remove everything before v=spf1 (quotes belong to the zone "
                                                          "file syntax, not to the record).")));
            const qsizetype first = out.size();
            lintText(text.sliced(at), options, out);
            for (qsizetype i = first; i < out.size(); ++i) {
                if (out[i].offset >= 0)
                    out[i].offset += int(at);
            }
            return;
        }
        const qsizetype end = text.indexOf(' ') < 0 ? text.size() : text.indexOf(' ');
        out.append(makeDiagnostic(
            Code::BadVersion, text.first(end), 0,
            QCoreApplication::translate("spfm::lint",
                                        "%1 is not the SPF version tag: the record must start with v=spf1 "
                                        "followed by a space, or receivers ignore it.")
                .arg(quoted(text.first(end))),
            QCoreApplication::translate("spfm::lint", "Start the record with exactly `v=spf1 `.")));
        return;
    }
    const spf::Record record = spf::parseRecord(text);
    checkRecordText(text, record, options, out);
    if (options.parked) {
        const bool denyAll = record.isValid() && record.terms.size() == 1 && record.terms.first().isMechanism() &&
                             record.terms.first().mechanism == spf::Mechanism::All &&
                             record.terms.first().qualifier == spf::Qualifier::Fail;
        if (!denyAll) {
            out.append(makeDiagnostic(
                Code::ParkedNotDenyAll, QByteArray(), -1,
                QCoreApplication::translate("spfm::lint",
                                            "The domain is parked (sends no mail), but its record is %1: it "
                                            "still lets some senders pass or stay neutral.")
                    .arg(quoted(text)),
                QCoreApplication::translate("spfm::lint", "Publish exactly `v=spf1 -all`.")));
        }
    }
}

// RFC 7505 null MX and RFC 7489 p=reject for a parked domain, from answers already fetched.
void checkParked(const QByteArray &name, const dns::Answer &mx, const dns::Answer &dmarc, Diagnostics &out)
{
    const bool nullMx =
        mx.records.size() == 1 && (mx.records.first().target.isEmpty() || mx.records.first().target == ".");
    if (!nullMx) {
        out.append(makeDiagnostic(
            Code::ParkedWithoutNullMx, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint", "The parked domain %1 has no null MX: senders will still try to "
                                                      "deliver mail to it.")
                .arg(QString::fromUtf8(name)),
            QCoreApplication::translate("spfm::lint", "Publish `%1. MX 0 .` (RFC 7505) instead of other MX records.")
                .arg(QString::fromUtf8(name))));
    }
    bool reject = false;
    for (const dns::ResourceRecord &rr : dmarc.records) {
        const QByteArray text = rr.joinedText().toLower();
        if (!text.startsWith("v=dmarc1"))
            continue;
        for (const QByteArray &tag : text.split(';')) {
            if (tag.trimmed().replace(' ', "") == "p=reject")
                reject = true;
        }
    }
    if (!reject) {
        out.append(makeDiagnostic(
            Code::ParkedWithoutDmarcReject, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint",
                                        "The parked domain %1 has no DMARC record with p=reject: receivers "
                                        "are not told to refuse mail forged in its name.")
                .arg(QString::fromUtf8(name)),
            QCoreApplication::translate("spfm::lint", "Publish `_dmarc.%1. TXT \"v=DMARC1; p=reject;\"`.")
                .arg(QString::fromUtf8(name))));
    }
}

void setDomain(Diagnostics &diagnostics, qsizetype from, const QByteArray &domain)
{
    for (qsizetype i = from; i < diagnostics.size(); ++i) {
        if (diagnostics[i].domain.isEmpty())
            diagnostics[i].domain = domain;
    }
}

bool isSenderIdText(QByteArrayView text)
{
    return text.size() >= 7 && text.first(7).compare("spf2.0/", Qt::CaseInsensitive) == 0;
}

// Without a tree walk (lintRecordText, lintRecordStrings) the record's own DNS-querying terms that a receiver reaches
// for a client no term matches are a lower bound of what it spends (§4.6.4): includes and a redirect add their
// targets' lookups. Over the limit on its own terms alone, the record is already a permerror. The tree walk counts
// the whole path itself, so the callers that walk do not call this.
void checkOwnLookups(QByteArrayView text, const LintOptions &options, Diagnostics &out)
{
    if (!spf::isSpfRecord(text))
        return;
    const spf::Record record = spf::parseRecord(text);
    if (!record.isValid())
        return; // already a permerror, with its syntax diagnostics
    const int firstAll = firstAllIndex(record);
    QList<const spf::Term *> spends;
    const spf::Term *redirect = nullptr;
    bool followsTargets = false;
    for (qsizetype i = 0; i < record.terms.size(); ++i) {
        const spf::Term &t = record.terms[i];
        if (t.isModifier()) {
            if (t.modifier == spf::Modifier::Redirect)
                redirect = &t;
            continue;
        }
        if (firstAll >= 0 && i > firstAll)
            continue; // §5.1: never evaluated
        if (t.queriesDns()) {
            spends.append(&t);
            followsTargets = followsTargets || t.mechanism == spf::Mechanism::Include;
        }
    }
    if (redirect && firstAll < 0) { // §6.1: followed only when no mechanism matched and there is no all
        spends.append(redirect);
        followsTargets = true;
    }
    const int max = options.maxDnsTerms;
    const int count = int(spends.size());
    if (count > max) {
        const spf::Term &t = *spends[max];
        out.append(makeDiagnostic(
            Code::LookupLimitExceeded, t.text, t.offset,
            QCoreApplication::translate("spfm::lint",
                                        "The record's own terms spend %1 DNS lookups (limit %2)%3: receivers stop at "
                                        "%4 and return permerror.")
                .arg(count)
                .arg(max)
                .arg(followsTargets
                         ? QCoreApplication::translate("spfm::lint", ", before counting its includes and redirect")
                         : QString())
                .arg(quoted(t.text)),
            QCoreApplication::translate("spfm::lint", "Bring it to %1 or fewer: replace a/mx/include of fixed servers "
                                                      "by ip4:/ip6:, drop ptr and unused includes.")
                .arg(max)));
    } else if (count >= options.headroomWarningAt) {
        out.append(makeDiagnostic(
            Code::LookupLimitHeadroom, QByteArray(), -1,
            (followsTargets ? QCoreApplication::translate("spfm::lint",
                                                          "The record's own terms spend %1 of %2 DNS lookups, and its "
                                                          "includes and redirect spend more.")
                            : QCoreApplication::translate("spfm::lint",
                                                          "The record spends %1 of %2 DNS lookups: little headroom."))
                .arg(count)
                .arg(max),
            QCoreApplication::translate(
                "spfm::lint", "Keep a margin: replace a/mx of fixed servers by ip4:/ip6:, drop unused includes.")));
    }
}

} // namespace

QJsonObject LintReport::toJson() const
{
    QJsonArray diags;
    for (const Diagnostic &d : diagnostics)
        diags.append(d.toJson());
    QJsonArray nodeArray;
    for (const TreeNode &n : nodes) {
        QJsonArray terms;
        for (const TermReport &t : n.terms)
            terms.append(termToJson(t));
        QJsonObject o{{QStringLiteral("domain"), QString::fromUtf8(n.domain)},
                      {QStringLiteral("record"), QString::fromUtf8(n.recordText)},
                      {QStringLiteral("state"), QString::fromLatin1(stateName(n.state))},
                      {QStringLiteral("parent"), n.parent},
                      {QStringLiteral("parent_term"), n.parentTerm},
                      {QStringLiteral("via_redirect"), n.viaRedirect},
                      {QStringLiteral("depth"), n.depth},
                      {QStringLiteral("terms"), terms}};
        if (!n.detail.isEmpty())
            o.insert(QStringLiteral("detail"), n.detail);
        nodeArray.append(o);
    }
    return QJsonObject{
        {QStringLiteral("status"),
         status == LintStatus::Complete ? QStringLiteral("complete") : QStringLiteral("pending")},
        {QStringLiteral("severity"), QString::fromLatin1(severityName(worst()))},
        {QStringLiteral("diagnostics"), diags},
        {QStringLiteral("static_lookups"), staticLookups},
        {QStringLiteral("static_void_lookups"), staticVoidLookups},
        {QStringLiteral("path_lookups"), pathLookups},
        {QStringLiteral("path_void_lookups"), pathVoidLookups},
        {QStringLiteral("worst_case_ip"), QString::fromLatin1(worstCaseIp)},
        {QStringLiteral("path_result"), QString::fromLatin1(pathResult)},
        {QStringLiteral("static_spends"), spendsToJson(staticSpends)},
        {QStringLiteral("path_spends"), spendsToJson(pathSpends)},
        {QStringLiteral("void_spends"), spendsToJson(voidSpends)},
        {QStringLiteral("tree"), nodeArray},
    };
}

Diagnostics lintRecordText(QByteArrayView text, const LintOptions &options)
{
    Diagnostics out;
    lintText(text, options, out);
    checkOwnLookups(text, options, out);
    return out;
}

namespace {

// lintRecordStrings without the own-lookup count, for callers that walk the tree; returns the joined text.
QByteArray lintStrings(const QList<QByteArray> &strings, const LintOptions &options, Diagnostics &out)
{
    QByteArray joined;
    for (const QByteArray &s : strings)
        joined += s; // §3.3: joined with no separator
    int offset = 0;
    for (const QByteArray &s : strings) {
        if (s.size() > 255) {
            out.append(makeDiagnostic(
                Code::StringTooLong, QByteArray(), offset,
                QCoreApplication::translate("spfm::lint",
                                            "A string of %1 octets cannot be one DNS character-string (at "
                                            "most 255, §3.3).")
                    .arg(s.size()),
                QCoreApplication::translate("spfm::lint", "Split the record into several quoted strings of at most 255 "
                                                          "octets each; they are joined without spaces.")));
        }
        offset += int(s.size());
    }
    if (spf::isSpfRecord(joined) && strings.size() > 1) {
        const spf::Record record = spf::parseRecord(joined);
        int boundary = 0;
        for (qsizetype i = 0; i + 1 < strings.size(); ++i) {
            boundary += int(strings[i].size());
            if (boundary == 0 || boundary >= joined.size() || joined[boundary - 1] == ' ' || joined[boundary] == ' ')
                continue;
            for (const spf::Term &t : record.terms) {
                if (t.offset >= boundary || t.offset + t.text.size() <= boundary)
                    continue;
                // The piece after the boundary starting a term of its own is the telltale of a missing space.
                const QByteArrayView after = QByteArrayView(t.text).sliced(boundary - t.offset);
                const spf::Term alone = spf::parseTerm(after);
                const spf::Term before = spf::parseTerm(QByteArrayView(t.text).first(boundary - t.offset));
                const bool fused = !t.isValid() || (alone.isValid() && before.isValid() && alone.isMechanism() &&
                                                    (alone.mechanism != spf::Mechanism::A || after.size() > 1));
                if (!fused)
                    break;
                out.append(makeDiagnostic(
                    Code::BadStringSplit, t.text, t.offset,
                    QCoreApplication::translate(
                        "spfm::lint", "The strings are joined without a space (§3.3), so %1 and %2 fuse into %3.")
                        .arg(quoted(QByteArrayView(t.text).first(boundary - t.offset)), quoted(after), quoted(t.text)),
                    QCoreApplication::translate("spfm::lint",
                                                "End string %1 with a space, or start string %2 with one.")
                        .arg(i + 1)
                        .arg(i + 2)));
                break;
            }
        }
    }
    lintText(joined, options, out);
    return joined;
}

} // namespace

Diagnostics lintRecordStrings(const QList<QByteArray> &strings, const LintOptions &options)
{
    Diagnostics out;
    checkOwnLookups(lintStrings(strings, options, out), options, out);
    return out;
}

LintReport lintRecordTree(QByteArrayView recordText, QByteArrayView domain, dns::Resolver &resolver,
                          const LintOptions &options)
{
    LintReport report;
    const QByteArray name = dns::normalizeName(domain);
    lintText(recordText, options, report.diagnostics);
    setDomain(report.diagnostics, 0, name);
    if (spf::isSpfRecord(recordText))
        walkTree(recordText, name, resolver, options, report);
    return report;
}

LintReport lintDomain(QByteArrayView domain, dns::Resolver &resolver, const LintOptions &options)
{
    LintReport report;
    const QByteArray name = dns::normalizeName(domain);
    const std::optional<dns::Answer> txt = resolver.lookup(dns::Question(name, dns::RRType::TXT));
    // Asked at once so that a live resolver has both questions in flight.
    std::optional<dns::Answer> spf99;
    if (options.querySpfType)
        spf99 = resolver.lookup(dns::Question(name, dns::RRType::SPF));
    std::optional<dns::Answer> mx, dmarc;
    if (options.parked) {
        mx = resolver.lookup(dns::Question(name, dns::RRType::MX));
        dmarc = resolver.lookup(dns::Question(QByteArray("_dmarc." + name), dns::RRType::TXT));
    }
    if (!txt || (options.querySpfType && !spf99) || (options.parked && (!mx || !dmarc))) {
        report.status = LintStatus::Pending;
        return report;
    }
    Diagnostics &out = report.diagnostics;
    if (txt->isError()) {
        out.append(makeDiagnostic(
            Code::RecordLookupFailed, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint", "The TXT query for %1 failed (%2): receivers return temperror.")
                .arg(QString::fromUtf8(name), QString::fromLatin1(dns::responseCodeName(txt->rcode))),
            QCoreApplication::translate("spfm::lint", "Check that the domain's name servers answer (and agree).")));
        setDomain(out, 0, name);
        return report;
    }
    if (txt->rcode == dns::ResponseCode::NxDomain) {
        out.append(makeDiagnostic(
            Code::DomainDoesNotExist, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint",
                                        "%1 does not exist (NXDOMAIN): mail from it gets result none, and "
                                        "most receivers reject it.")
                .arg(QString::fromUtf8(name)),
            QCoreApplication::translate("spfm::lint", "Create the domain's zone (or fix the name's spelling).")));
        setDomain(out, 0, name);
        return report;
    }

    QList<const dns::ResourceRecord *> spfRecords;
    for (const dns::ResourceRecord &rr : txt->records) {
        const QByteArray text = rr.joinedText();
        if (spf::isSpfRecord(text))
            spfRecords.append(&rr);
        else if (isSenderIdText(text) || text.toLower().contains("v=spf1"))
            lintText(text, options, out); // Sender ID, text before v=spf1, v=spf10...
    }
    if (spfRecords.isEmpty()) {
        out.append(makeDiagnostic(
            Code::NoSpfRecord, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint", "%1 publishes no TXT record starting with v=spf1: receivers get "
                                                      "result none and anyone can send as the domain.")
                .arg(QString::fromUtf8(name)),
            QCoreApplication::translate("spfm::lint",
                                        "Publish a TXT record such as `v=spf1 mx -all`, or `v=spf1 -all` if "
                                        "the domain sends no mail.")));
    } else if (spfRecords.size() > 1) {
        QStringList texts;
        for (const dns::ResourceRecord *rr : spfRecords)
            texts.append(quoted(rr->joinedText()));
        out.append(makeDiagnostic(
            Code::MultipleRecords, QByteArray(), -1,
            QCoreApplication::translate("spfm::lint", "%1 publishes %2 v=spf1 records (%3): receivers return permerror "
                                                      "(§4.5).")
                .arg(QString::fromUtf8(name))
                .arg(spfRecords.size())
                .arg(texts.join(QStringLiteral(", "))),
            QCoreApplication::translate("spfm::lint", "Merge them into one record and delete the others.")));
        for (const dns::ResourceRecord *rr : spfRecords)
            lintStrings(rr->strings, options, out);
    } else {
        const dns::ResourceRecord &rr = *spfRecords.first();
        lintStrings(rr.strings, options, out);
        walkTree(rr.joinedText(), name, resolver, options, report);
    }

    if (spf99 && !spf99->isError()) {
        for (const dns::ResourceRecord &rr : spf99->records) {
            const QByteArray text = rr.joinedText();
            if (spfRecords.isEmpty()) {
                // The policy lives only in the type receivers no longer read (§3.1, §14.1): that is why they find
                // none, and what the fix is.
                out.append(makeDiagnostic(
                    Code::SpfTypePublished, QByteArray(), -1,
                    QCoreApplication::translate("spfm::lint",
                                                "%1 publishes its policy only as an obsolete SPF (type 99) record %2: "
                                                "receivers ignore type 99 (RFC 7208 §3.1), so they find no record.")
                        .arg(QString::fromUtf8(name), quoted(text)),
                    QCoreApplication::translate("spfm::lint",
                                                "Publish %1 as a TXT record at %2, then delete the type 99 record.")
                        .arg(quoted(text), QString::fromUtf8(name))));
                break;
            }
            out.append(makeDiagnostic(
                Code::SpfTypePublished, QByteArray(), -1,
                QCoreApplication::translate("spfm::lint",
                                            "%1 still publishes an SPF (type 99) record; RFC 7208 §3.1 uses "
                                            "TXT only.")
                    .arg(QString::fromUtf8(name)),
                QCoreApplication::translate("spfm::lint", "Delete the type 99 record; keep the TXT record.")));
            if (spfRecords.size() == 1 && text != spfRecords.first()->joinedText()) {
                out.append(makeDiagnostic(Code::SpfTypeDiffers, QByteArray(), -1,
                                          QCoreApplication::translate(
                                              "spfm::lint", "The type 99 record %1 differs from the TXT record %2: old "
                                                            "receivers may apply a different policy.")
                                              .arg(quoted(text), quoted(spfRecords.first()->joinedText())),
                                          QCoreApplication::translate("spfm::lint", "Delete the type 99 record.")));
            }
            break;
        }
    }
    if (options.parked && !mx->isError() && !dmarc->isError())
        checkParked(name, *mx, *dmarc, out);
    setDomain(out, 0, name);
    if (report.status == LintStatus::Complete && !txt)
        report.status = LintStatus::Pending;
    return report;
}

} // namespace spfm::lint
