#include "verify/VerifyCodes.h"

#include <algorithm>

namespace spfm::verify {

namespace {

using lint::Severity;

const QList<CodeInfo> &table()
{
    static const QList<CodeInfo> codes = {
        {Code::RecordDiffers, Severity::Warning, "", "Published record differs from the project"},
        {Code::TxtBesideCname, Severity::Error, "1034 §3.6.2", "TXT record beside a CNAME"},
        {Code::NameIsAlias, Severity::Error, "1034 §3.6.2", "Name is an alias (CNAME)"},
        {Code::WildcardCoversName, Severity::Warning, "7208 §3.5", "Wildcard TXT covers the name"},
        {Code::WildcardBesideName, Severity::Info, "7208 §3.5", "Wildcard TXT publishes SPF under the parent"},
        {Code::BrokenAlias, Severity::Error, "1034 §3.6.2", "CNAME loop or chain too long"},
        {Code::MissingInclude, Severity::Error, "", "Dependent does not include the primary's policy"},
        {Code::RedirectInsteadOfInclude, Severity::Warning, "7208 §6.1", "redirect= where include: is expected"},
        {Code::DependentBudget, Severity::Warning, "7208 §4.6.4", "Primary spends most of a dependent's lookups"},
        {Code::ServerNotAuthorised, Severity::Error, "7208 §4", "Mail server not authorised"},
        {Code::HeloNotAuthorised, Severity::Warning, "7208 §2.3", "HELO name does not authorise its server"},
        {Code::SubdomainNoRecord, Severity::Warning, "7208 §4.3", "Sub-domain used in MAIL FROM has no record"},
        {Code::ParkedNotDenyAll, Severity::Warning, "", "Parked domain's policy is not v=spf1 -all"},
        {Code::ParkedNoNullMx, Severity::Warning, "7505", "Parked domain has no null MX"},
        {Code::ParkedNoDmarcReject, Severity::Warning, "7489 §6.3", "Parked domain has no DMARC p=reject"},
        {Code::ServersDisagree, Severity::Warning, "", "Authoritative servers disagree"},
        {Code::QueryFailed, Severity::Warning, "", "A query needed for a check failed"},
        {Code::NoAnswer, Severity::Warning, "7208 §4.4", "No server answered for the name"},
        {Code::ServerFailure, Severity::Warning, "7208 §4.4", "The name's server answered with an error"},
        {Code::CheckTempError, Severity::Warning, "7208 §4.4", "check_host gave temperror"},
    };
    return codes;
}

} // namespace

QByteArray codeName(Code code)
{
    return "VFY" + QByteArray::number(int(code));
}

const CodeInfo &codeInfo(Code code)
{
    const QList<CodeInfo> &codes = table();
    const auto it = std::find_if(codes.cbegin(), codes.cend(), [code](const CodeInfo &i) { return i.code == code; });
    Q_ASSERT(it != codes.cend());
    return *it;
}

const QList<CodeInfo> &allCodes()
{
    return table();
}

lint::Diagnostic makeDiagnostic(Code code, const QByteArray &domain, QString message, QString fix,
                                const QByteArray &term)
{
    const CodeInfo &info = codeInfo(code);
    lint::Diagnostic d;
    d.code = codeName(code);
    d.severity = info.severity;
    d.domain = domain;
    d.term = term;
    d.rfcSection = info.rfcSection;
    d.message = std::move(message);
    d.fix = std::move(fix);
    return d;
}

} // namespace spfm::verify
