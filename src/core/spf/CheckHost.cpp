#include "spf/CheckHost.h"

#include "spf/Evaluator.h"

namespace spfm::spf {

QByteArray resultName(Result r)
{
    // §2.6 names, as they appear in Received-SPF (§9.1) and Authentication-Results (RFC 8601).
    switch (r) {
    case Result::None: return "none";
    case Result::Neutral: return "neutral";
    case Result::Pass: return "pass";
    case Result::Fail: return "fail";
    case Result::SoftFail: return "softfail";
    case Result::TempError: return "temperror";
    case Result::PermError: return "permerror";
    }
    return "none";
}

CheckHostResult checkHost(const CheckHostRequest &request, dns::Resolver &resolver)
{
    CheckHostResult result;
    detail::Evaluator(request, resolver, result).run();
    return result;
}

} // namespace spfm::spf
