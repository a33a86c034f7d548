#include "verify/DnsFailures.h"

#include "lint/Codes.h"
#include "verify/VerifyCodes.h"

#include <QCoreApplication>

namespace spfm::verify {

DnsFailure failureOf(const dns::Answer &answer)
{
    DnsFailure f;
    switch (answer.rcode) {
    case dns::ResponseCode::NoError:
    case dns::ResponseCode::NxDomain: return f;
    case dns::ResponseCode::Timeout:
    case dns::ResponseCode::NetworkError: f.kind = DnsFailure::Kind::NoAnswer; break;
    case dns::ResponseCode::ServFail:
    case dns::ResponseCode::Refused:
    case dns::ResponseCode::FormatError: f.kind = DnsFailure::Kind::ServerError; break;
    }
    f.rcode = dns::responseCodeName(answer.rcode);
    f.detail = answer.detail;
    return f;
}

lint::Diagnostic unreachableDiagnostic(const QByteArray &domain, const DnsFailure &failure)
{
    const QString name = QString::fromUtf8(domain);
    const QString detail = failure.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(failure.detail);
    if (failure.kind == DnsFailure::Kind::ServerError)
        return makeDiagnostic(
            Code::ServerFailure, domain,
            QCoreApplication::translate(
                "spfm::verify",
                "The server answered %1 to the TXT query for %2%3: receivers get temperror, and nothing "
                "about %2 could be checked.")
                .arg(QString::fromLatin1(failure.rcode), name, detail),
            QCoreApplication::translate(
                "spfm::verify",
                "A server that answers %1 is up but cannot serve the zone (broken or expired zone, DNSSEC "
                "validation failure, lame delegation): check the zone of %2 on its name servers.")
                .arg(QString::fromLatin1(failure.rcode), name));
    return makeDiagnostic(Code::NoAnswer, domain,
                          QCoreApplication::translate(
                              "spfm::verify", "No server answered the TXT query for %1%2: receivers get temperror, and "
                                              "nothing about %1 could be checked.")
                              .arg(name, detail),
                          QCoreApplication::translate(
                              "spfm::verify", "Check that the resolver, or the name servers of %1, are running and "
                                              "reachable (firewall, port), then verify again.")
                              .arg(name));
}

lint::Diagnostic tempErrorDiagnostic(const QByteArray &domain, const ServerCheck &check)
{
    const QString who =
        QStringLiteral("%1 (%2)").arg(QString::fromUtf8(check.server), QString::fromLatin1(check.address.toText()));
    const QString identity = check.identity == spf::Identity::Helo
                                 ? QCoreApplication::translate("spfm::verify", "its HELO name")
                                 : QStringLiteral("%1").arg(QString::fromUtf8(check.sender));
    return makeDiagnostic(
        Code::CheckTempError, domain,
        QCoreApplication::translate("spfm::verify",
                                    "check_host for mail server %1 as %2 gives temperror (%3): whether it is "
                                    "authorised was not checked.")
            .arg(who, identity, check.problem),
        QCoreApplication::translate("spfm::verify", "Verify again once every name on the way answers."));
}

bool onlyDnsFailed(const lint::Diagnostic &d, const lint::LintReport &lint)
{
    if (d.code == codeName(Code::NoAnswer) || d.code == codeName(Code::ServerFailure) ||
        d.code == codeName(Code::CheckTempError) || d.code == lint::codeName(lint::Code::RecordLookupFailed) ||
        d.code == lint::codeName(lint::Code::TermLookupFailed))
        return true;
    if (d.code != lint::codeName(lint::Code::IncludeTargetFails))
        return false;
    // The same code also says "the target's record is broken" (permerror): only a target whose TXT query failed
    // (§5.2: temperror passes up) is a DNS failure. The diagnostic names the including record and the term's offset.
    for (const lint::TreeNode &n : lint.nodes) {
        if (n.state != lint::TreeNode::State::DnsError || n.parent < 0 || n.parent >= lint.nodes.size())
            continue;
        const lint::TreeNode &parent = lint.nodes.at(n.parent);
        if (parent.domain == d.domain && n.parentTerm >= 0 && n.parentTerm < parent.terms.size() &&
            parent.terms.at(n.parentTerm).offset == d.offset)
            return true;
    }
    return false;
}

Judgement judge(const lint::Diagnostics &diagnostics, const lint::LintReport &lint)
{
    Judgement j;
    lint::Severity worst = lint::Severity::Info;
    const lint::Diagnostic *dnsFailed = nullptr;
    for (const lint::Diagnostic &d : diagnostics) {
        if (onlyDnsFailed(d, lint)) {
            if (!dnsFailed)
                dnsFailed = &d;
            continue;
        }
        worst = std::max(worst, d.severity);
    }
    if (worst == lint::Severity::Error) {
        j.status = Status::Error;
    } else if (dnsFailed) {
        j.status = Status::Unreachable;
        j.failure.kind = DnsFailure::Kind::CheckFailed;
        j.failure.detail = dnsFailed->message;
    } else {
        j.status = worst == lint::Severity::Warning ? Status::Warning : Status::Ok;
    }
    return j;
}

} // namespace spfm::verify
