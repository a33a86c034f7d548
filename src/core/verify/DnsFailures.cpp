#include "verify/DnsFailures.h"

#include "lint/Codes.h"
#include "verify/VerifyCodes.h"

#include <QCoreApplication>
#include <algorithm>

namespace spfm::verify {

namespace {

// The names along a chain, from the name asked, up to the first that comes back (a loop) or as far as it went.
QStringList chainNames(const dns::Answer &answer)
{
    QStringList names;
    if (answer.cnames.isEmpty())
        return names;
    names.append(QString::fromUtf8(answer.cnames.first().owner));
    QList<QByteArray> seen{answer.cnames.first().owner};
    for (const dns::ResourceRecord &link : answer.cnames) {
        names.append(QString::fromUtf8(link.target));
        if (seen.contains(link.target))
            break;
        seen.append(link.target);
    }
    return names;
}

// One key for every question that meets the same chain: a loop asked at any of its names, with any type.
QStringList chainKey(const dns::Answer &answer)
{
    QStringList names = chainNames(answer);
    names.sort();
    names.removeDuplicates();
    return names;
}

} // namespace

std::optional<dns::Answer> BrokenAliasWatch::lookup(const dns::Question &question)
{
    std::optional<dns::Answer> answer = m_inner.lookup(question);
    if (!answer || answer->cnameFault == dns::CnameFault::None)
        return answer;
    const QStringList key = chainKey(*answer);
    const bool known =
        std::any_of(m_found.cbegin(), m_found.cend(), [&](const BrokenAlias &a) { return chainKey(a.answer) == key; });
    if (!known)
        m_found.append(BrokenAlias{question, *answer});
    return answer;
}

lint::Diagnostic brokenAliasDiagnostic(const QByteArray &domain, const BrokenAlias &alias)
{
    const QString chain = chainNames(alias.answer).join(QStringLiteral(" → "));
    const QString asked = QStringLiteral("%1/%2").arg(QString::fromUtf8(alias.question.name),
                                                      QString::fromLatin1(dns::typeName(alias.question.type)));
    if (alias.answer.cnameFault == dns::CnameFault::Loop)
        return makeDiagnostic(
            Code::BrokenAlias, domain,
            QCoreApplication::translate("spfm::verify",
                                        "CNAME loop at %1: the %2 query that %3's checks need never reaches data, "
                                        "so receivers get temperror although the name servers answer.")
                .arg(chain, asked, QString::fromUtf8(domain)),
            QCoreApplication::translate("spfm::verify",
                                        "Fix the alias: point one CNAME of the loop at a name that holds the "
                                        "records, or replace it with the records themselves."));
    return makeDiagnostic(
        Code::BrokenAlias, domain,
        QCoreApplication::translate("spfm::verify",
                                    "The CNAME chain %1 is longer than resolvers follow: the %2 query that %3's checks "
                                    "need never reaches data, so receivers get temperror.")
            .arg(chain, asked, QString::fromUtf8(domain)),
        QCoreApplication::translate("spfm::verify",
                                    "Fix the alias: point the first CNAME straight at the name that holds the "
                                    "records."));
}

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
