#pragma once

#include "lint/Diagnostic.h"

#include <QByteArray>
#include <QList>
#include <cstdint>

namespace spfm::lint {

// Every diagnostic the linter can give. The number is the stable code ("SPF" + number, e.g. SPF501); a number is never
// reused for another meaning. docs/diagnostics.md documents each one.
//   1xx  syntax (one per parser SyntaxError, plus duplicates the ABNF cannot express)
//   2xx  record semantics read from the text alone
//   3xx  publishing: strings, size, encoding, several records, obsolete record types
//   4xx  the include/redirect tree through DNS: lookup limits, void lookups, loops, targets
//   5xx  policy: what the record lets through
enum class Code : std::uint16_t {
    BadVersion = 100,
    JunkBeforeVersion = 101,
    UnknownMechanism = 102,
    BadQualifier = 103,
    BadSeparator = 104,
    UnexpectedArgument = 105,
    MissingDomainSpec = 106,
    BadDomainSpec = 107,
    BadMacro = 108,
    MacroLetterNotAllowed = 109,
    BadAddress = 110,
    BadCidr = 111,
    CidrNotAllowed = 112,
    BadModifierName = 113,
    BadCharacter = 114,
    DuplicateRedirect = 115,
    DuplicateExp = 116,
    AllRepeated = 117,
    OtherSyntaxError = 118,
    BadTermSeparator = 119,

    DeadTermsAfterAll = 201,
    RedirectIgnoredBesideAll = 202,
    ModifierNotAtEnd = 203,
    PtrUsed = 204,
    ObsoleteModifier = 205,
    MisspeltModifier = 206,
    UnknownModifier = 207,
    ModifierRepeated = 208,
    DuplicateTerm = 209,
    DuplicateInclude = 210,
    HostBitsSet = 211,
    NoAllNoRedirect = 212,
    OverlappingNetblocks = 213,
    VersionRepeated = 214,
    QualifierConflict = 215,

    StringTooLong = 301,
    RecordOver450 = 302,
    RecordOver512 = 303,
    NonAscii = 304,
    SenderIdRecord = 305,
    MultipleRecords = 306,
    SpfTypePublished = 307,
    SpfTypeDiffers = 308,
    NoSpfRecord = 309,
    DomainDoesNotExist = 310,
    BadStringSplit = 311,
    RecordLookupFailed = 312,

    LookupLimitExceeded = 401,
    LookupLimitHeadroom = 402,
    VoidLimitExceeded = 403,
    VoidLookup = 404,
    MxTooManyNames = 405,
    LimitOnSomePaths = 406,
    IncludeLoop = 407,
    IncludeTargetNoRecord = 408,
    RedirectTargetNoRecord = 409,
    IncludeTargetFails = 410,
    IncludeTargetPassesAll = 411,
    MxNullMx = 412,
    NoIpv6Address = 413,
    ExpTargetProblem = 414,
    LimitExceededStaticOnly = 415,
    TargetDependsOnMacros = 416,
    TreeTooLarge = 417,
    TermLookupFailed = 418,
    MxHostsWithoutAddress = 419,

    PassAll = 501,
    NeutralAll = 502,
    NetblockTooBroad = 503,
    PrivateNetblock = 504,
    DocumentationNetblock = 505,
    ParkedNotDenyAll = 506,
    ParkedWithoutNullMx = 507,
    ParkedWithoutDmarcReject = 508,
};

struct CodeInfo
{
    Code code;
    Severity severity;
    const char *rfcSection; // "7208 §5.1"; empty when no RFC rule is behind it
    const char *title;      // short English name, for lists and docs
};

// "SPF501" for Code::PassAll.
QByteArray codeName(Code code);
// The fixed facts of a code. Every Code value has an entry.
const CodeInfo &codeInfo(Code code);
// All codes in numeric order (docs, the GUI's filter list, tests that every code is documented).
const QList<CodeInfo> &allCodes();

} // namespace spfm::lint
