#include "lint/Codes.h"

#include <array>

namespace spfm::lint {

namespace {

using S = Severity;

const QList<CodeInfo> &table()
{
    static const QList<CodeInfo> codes = {
        {Code::BadVersion, S::Error, "7208 §4.5", "not an SPF version 1 record"},
        {Code::JunkBeforeVersion, S::Error, "7208 §4.5", "text before v=spf1"},
        {Code::UnknownMechanism, S::Error, "7208 §4.6.2", "unknown mechanism"},
        {Code::BadQualifier, S::Error, "7208 §4.6.2", "invalid qualifier"},
        {Code::BadSeparator, S::Error, "7208 §12", "wrong separator after a mechanism or modifier name"},
        {Code::UnexpectedArgument, S::Error, "7208 §5.1", "argument where none is allowed"},
        {Code::MissingDomainSpec, S::Error, "7208 §5.2", "missing domain"},
        {Code::BadDomainSpec, S::Error, "7208 §4.8", "invalid domain"},
        {Code::BadMacro, S::Error, "7208 §7.1", "macro syntax error"},
        {Code::MacroLetterNotAllowed, S::Error, "7208 §7.2", "c, r or t macro outside exp text"},
        {Code::BadAddress, S::Error, "7208 §5.6", "invalid IP address"},
        {Code::BadCidr, S::Error, "7208 §5.6", "invalid prefix length"},
        {Code::CidrNotAllowed, S::Error, "7208 §5.6", "prefix length where none is allowed"},
        {Code::BadModifierName, S::Error, "7208 §12", "invalid modifier name"},
        {Code::BadCharacter, S::Error, "7208 §4.6.1", "invalid character or separator"},
        {Code::DuplicateRedirect, S::Error, "7208 §6", "redirect= given twice"},
        {Code::DuplicateExp, S::Error, "7208 §6", "exp= given twice"},
        {Code::AllRepeated, S::Warning, "7208 §5.1", "all given more than once"},
        {Code::OtherSyntaxError, S::Error, "7208 §4.6", "syntax error"},
        {Code::BadTermSeparator, S::Error, "7208 §4.6.1", "terms not separated by spaces"},

        {Code::DeadTermsAfterAll, S::Warning, "7208 §5.1", "terms after all are never evaluated"},
        {Code::RedirectIgnoredBesideAll, S::Warning, "7208 §6.1", "redirect= is ignored when the record has all"},
        {Code::ModifierNotAtEnd, S::Info, "7208 §6", "modifier before a mechanism"},
        {Code::PtrUsed, S::Warning, "7208 §5.5", "ptr mechanism used"},
        {Code::ObsoleteModifier, S::Warning, "7208 §6", "obsolete modifier"},
        {Code::MisspeltModifier, S::Error, "7208 §6", "misspelt redirect= or exp="},
        {Code::UnknownModifier, S::Info, "7208 §6", "unknown modifier"},
        {Code::ModifierRepeated, S::Warning, "7208 §6", "modifier given twice"},
        {Code::DuplicateTerm, S::Warning, "7208 §4.6.4", "duplicate term"},
        {Code::DuplicateInclude, S::Warning, "7208 §4.6.4", "duplicate include"},
        {Code::HostBitsSet, S::Warning, "7208 §5.6", "network address with host bits set"},
        {Code::NoAllNoRedirect, S::Warning, "7208 §4.7", "no all and no redirect="},
        {Code::OverlappingNetblocks, S::Info, "7208 §5.6", "overlapping networks"},
        {Code::VersionRepeated, S::Warning, "7208 §4.5", "v=spf1 inside the record"},
        {Code::QualifierConflict, S::Warning, "7208 §4.6.2", "term shadowed by an earlier one with another qualifier"},

        {Code::StringTooLong, S::Error, "7208 §3.3", "TXT string over 255 octets"},
        {Code::RecordOver450, S::Warning, "7208 §3.4", "record over 450 octets"},
        {Code::RecordOver512, S::Warning, "7208 §3.4", "record over 512 octets"},
        {Code::NonAscii, S::Error, "7208 §12", "non-ASCII bytes in the record"},
        {Code::SenderIdRecord, S::Info, "4406", "Sender ID record"},
        {Code::MultipleRecords, S::Error, "7208 §4.5", "several v=spf1 records"},
        {Code::SpfTypePublished, S::Warning, "7208 §3.1", "obsolete SPF (type 99) record published"},
        {Code::SpfTypeDiffers, S::Warning, "7208 §3.1", "type 99 record differs from the TXT record"},
        {Code::NoSpfRecord, S::Error, "7208 §4.5", "no SPF record"},
        {Code::DomainDoesNotExist, S::Error, "7208 §4.3", "domain does not exist"},
        {Code::BadStringSplit, S::Error, "7208 §3.3", "strings fuse into a broken term"},
        {Code::RecordLookupFailed, S::Error, "7208 §4.4", "the TXT query failed"},

        {Code::LookupLimitExceeded, S::Error, "7208 §4.6.4", "more than 10 DNS lookups"},
        {Code::LookupLimitHeadroom, S::Warning, "7208 §4.6.4", "little headroom under the 10-lookup limit"},
        {Code::VoidLimitExceeded, S::Error, "7208 §4.6.4", "more than 2 void lookups"},
        {Code::VoidLookup, S::Warning, "7208 §4.6.4", "void lookup"},
        {Code::MxTooManyNames, S::Error, "7208 §4.6.4", "MX answer with more than 10 names"},
        {Code::LimitOnSomePaths, S::Warning, "7208 §4.6.4", "lookup limit reached only for some client addresses"},
        {Code::IncludeLoop, S::Error, "7208 §5.2", "include or redirect loop"},
        {Code::IncludeTargetNoRecord, S::Error, "7208 §5.2", "include target has no SPF record"},
        {Code::RedirectTargetNoRecord, S::Error, "7208 §6.1", "redirect target has no SPF record"},
        {Code::IncludeTargetFails, S::Error, "7208 §5.2", "include or redirect target fails"},
        {Code::IncludeTargetPassesAll, S::Warning, "7208 §5.2", "include target passes every address"},
        {Code::MxNullMx, S::Warning, "7505", "mx on a domain with a null MX"},
        {Code::NoIpv6Address, S::Warning, "7208 §5.3", "a/mx host without AAAA while the policy has ip6"},
        {Code::ExpTargetProblem, S::Warning, "7208 §6.2", "exp= target unusable"},
        {Code::LimitExceededStaticOnly, S::Warning, "7208 §4.6.4", "over 10 lookups counted statically only"},
        {Code::TargetDependsOnMacros, S::Info, "7208 §7", "target depends on the message, not followed"},
        {Code::TreeTooLarge, S::Warning, "", "include tree too large to walk whole"},
        {Code::TermLookupFailed, S::Error, "7208 §4.4", "a term's DNS query failed"},
        {Code::MxHostsWithoutAddress, S::Warning, "7208 §5.4", "MX hosts without addresses"},

        {Code::PassAll, S::Error, "7208 §5.1", "+all lets every address pass"},
        {Code::NeutralAll, S::Warning, "7208 §8.2", "?all gives no protection"},
        {Code::NetblockTooBroad, S::Warning, "7208 §5.6", "network too broad"},
        {Code::PrivateNetblock, S::Warning, "6890 §2.2", "private or reserved network"},
        {Code::DocumentationNetblock, S::Info, "5737, 3849, 9637", "documentation network"},
        {Code::ParkedNotDenyAll, S::Warning, "7208 §8.4", "parked domain record is not v=spf1 -all"},
        {Code::ParkedWithoutNullMx, S::Warning, "7505", "parked domain without a null MX"},
        {Code::ParkedWithoutDmarcReject, S::Warning, "7489 §6.3", "parked domain without DMARC p=reject"},
    };
    return codes;
}

} // namespace

namespace {

constexpr int kCodeSlots = 600;

// Built once and indexed by number: a diagnostic then shares its code's bytes and facts without a search.
struct CodeIndex
{
    std::array<const CodeInfo *, kCodeSlots> info{};
    std::array<QByteArray, kCodeSlots> names;

    CodeIndex()
    {
        for (const CodeInfo &i : table()) {
            info[std::size_t(i.code)] = &i;
            names[std::size_t(i.code)] = "SPF" + QByteArray::number(int(i.code));
        }
    }
};

const CodeIndex &codeIndex()
{
    static const CodeIndex index;
    return index;
}

} // namespace

QByteArray codeName(Code code)
{
    const std::size_t n = std::size_t(code);
    if (n < kCodeSlots && codeIndex().info[n])
        return codeIndex().names[n];
    return "SPF" + QByteArray::number(int(code));
}

const CodeInfo &codeInfo(Code code)
{
    const std::size_t n = std::size_t(code);
    Q_ASSERT(n < kCodeSlots && codeIndex().info[n]);
    return *codeIndex().info[n];
}

const QList<CodeInfo> &allCodes()
{
    return table();
}

} // namespace spfm::lint
