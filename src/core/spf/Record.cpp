#include "spf/Record.h"

namespace spfm::spf {

bool Term::queriesDns() const
{
    // RFC 7208 §4.6.4: exp= is evaluated only after the result is known, so it does not count.
    if (kind == Kind::Modifier)
        return modifier == Modifier::Redirect;
    switch (mechanism) {
    case Mechanism::Include:
    case Mechanism::A:
    case Mechanism::Mx:
    case Mechanism::Ptr:
    case Mechanism::Exists: return true;
    case Mechanism::All:
    case Mechanism::Ip4:
    case Mechanism::Ip6: return false;
    }
    return false;
}

int Term::prefixFor(net::IpAddress::Family family) const
{
    if (family == net::IpAddress::Family::V4)
        return cidr4 >= 0 ? cidr4 : 32;
    return cidr6 >= 0 ? cidr6 : 128;
}

const Term *Record::findModifier(Modifier m) const
{
    for (const Term &t : terms) {
        if (t.kind == Term::Kind::Modifier && t.modifier == m)
            return &t;
    }
    return nullptr;
}

} // namespace spfm::spf
