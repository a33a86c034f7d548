#!/usr/bin/env python3
"""Generates the world of the peer benchmark: DNS zones and check_host queries, with the result each query must get.

Many organisations, each a primary domain whose SPF record uses `a mx ip4 ip6 include` (the include goes to one of a few
shared mail providers) and dependents publishing `v=spf1 include:<primary> -all`. About a third of the organisations
carry one fault from the SPF field notes (syntax errors, lookup and void limits, loops, missing include targets,
publishing mistakes...). Every query's expected result is computed from the generator's intent by a small lazy
model of RFC 7208 check_host() over abstract terms, so the expectations do not depend on any implementation.

Output directory:
  zones/ORIGIN.zone   one record per line, "OWNER TTL IN TYPE RDATA" (SOA and NS included; owners relative or @)
  zones.txt           the zone origins, one a line
  queries.txt         check-host --batch input, "IP SENDER HELO", "<>" for the null sender
  expected.tsv        per query (same order): EXPECTED_RESULT, FAULT_KIND, DOMAIN, IP_CATEGORY

Usage: generate_world.py OUTDIR [--queries N] [--seed S] [--orgs N] [--fault-share F] [--ns-address A]
"""

import argparse
import os
import random
import sys

# ---------------------------------------------------------------------------------------------------------------
# The check_host() model. A policy is a list of terms; each term is a tuple whose first item is its kind:
#   ("ip", quals, cats)             ip4:/ip6: — no DNS; matches when the client's category is in cats
#   ("a", qual, cats, void_fams)    a or a:HOST — one lookup; void when the client's family is in void_fams
#   ("mx", qual, cats)              mx — one lookup (address look-ups of the MX hosts are not terms)
#   ("exists", qual, cats)          exists:%{i}... — one lookup; void when it does not match
#   ("include", qual, POLICY_NAME)  one lookup, then the target policy (RFC 7208 §5.2 table)
#   ("include-none", qual)          one lookup; the target has no SPF record: permerror (§5.2)
#   ("all", qual)
# and a policy is a dict: {"terms": [...], "redirect": NAME or None, "error": None or "permerror"/"none"}.
# "error" says the record itself is broken (syntax error, several records: permerror) or absent (none); the
# evaluation never starts then (§4.5, §4.6).
# Categories name what a client address is: apex4/apex6 (the primary's A/AAAA), mx4/mx6 (its MX hosts), ip4/ip6
# (inside its ip4:/ip6: networks), esp4/esp6 (the mail provider's networks), exists (listed for exists:),
# other4/other6 (nothing).

QUAL = {"+": "pass", "-": "fail", "~": "softfail", "?": "neutral"}
MAX_LOOKUPS = 10  # RFC 7208 §4.6.4
MAX_VOIDS = 2


class Limit(Exception):
    pass


def family(cat):
    return 6 if cat.endswith("6") else 4


def evaluate(policies, name, cat, budget):
    """check_host() of the policy NAME for a client of category cat; budget = [lookups, voids] shared by the tree."""
    policy = policies[name]
    if policy.get("error"):
        return policy["error"]

    def spend(void=False):
        budget[0] += 1
        if budget[0] > MAX_LOOKUPS:
            raise Limit()
        if void:
            budget[1] += 1
            if budget[1] > MAX_VOIDS:
                raise Limit()

    try:
        for term in policy["terms"]:
            kind = term[0]
            if kind == "ip":
                if cat in term[2]:
                    return QUAL[term[1]]
            elif kind == "a":
                spend(void=family(cat) in term[3])
                if cat in term[2]:
                    return QUAL[term[1]]
            elif kind == "mx":
                spend()
                if cat in term[2]:
                    return QUAL[term[1]]
            elif kind == "exists":
                matched = cat in term[2]
                spend(void=not matched)
                if matched:
                    return QUAL[term[1]]
            elif kind == "include":
                spend()
                sub = evaluate(policies, term[2], cat, budget)
                if sub == "pass":
                    return QUAL[term[1]]
                if sub in ("permerror", "none"):
                    return "permerror"
                if sub == "temperror":
                    return "temperror"
            elif kind == "include-none":
                spend()
                return "permerror"
            elif kind == "all":
                return QUAL[term[1]]
        if policy.get("redirect"):
            spend()
            sub = evaluate(policies, policy["redirect"], cat, budget)
            # §6.1: a target without a record is a permerror, not none.
            return "permerror" if sub == "none" else sub
        return "neutral"  # §4.7
    except Limit:
        return "permerror"


# ---------------------------------------------------------------------------------------------------------------
# Faults: the field-notes ID, how the primary (or a dependent) is broken, and the RFC 7208 suite case that rules on
# it. The runner reads SUITE to classify disagreements.

SUITE = {
    "clean": ("-", "no fault: every implementation should agree"),
    "softfail-all": ("Include mechanism semantics and syntax / include-softfail",
                     "a softfail inside include does not match; the dependent's -all decides"),
    "case-insensitive": ("Selecting records / case-insensitive", "V=SPF1 and upper-case terms are read as usual"),
    "two-spaces": ("Initial processing / two-spaces", "several spaces between terms are fine"),
    "trailing-dot": ("Macro expansion rules / trailing-dot-domain", "a trailing dot on a domain-spec is ignored"),
    "exists-macro": ("Macro expansion rules / (%{i} in exists)", "exists:%{i}.<zone> matches listed addresses"),
    "helo-null-sender": ("Initial processing / nolocalpart; RFC 7208 §2.4",
                         "the null sender is checked as postmaster@HELO"),
    "helo-no-record": ("Selecting records / nospf", "HELO name without a record: none"),
    "oversized-record": ("(no suite case) RFC 7208 §3.4",
                         "a record over 512 bytes needs TCP or EDNS; the policy is unchanged"),
    "cname-alias": ("Test cases from implementation bugs / cname-aliasing", "a CNAME to the primary gets its result"),
    "no-record": ("Selecting records / nospf + Include mechanism semantics and syntax / include-none",
                  "no SPF record: none; a dependent's include of it: permerror"),
    "nxdomain-sender": ("Selecting records / nospf; RFC 7208 §4.3", "a sender domain that does not exist: none"),
    "multiple-records": ("Selecting records / multitxt2", "two v=spf1 records: permerror"),
    "bad-version": ("Selecting records / nospace1", "v=spf10 is not an SPF record: none"),
    "split-string": ("Selecting records / nospace1 + IP4 mechanism syntax / bad-ip4-port",
                     "strings join without a space, ip4:NET/27-all is invalid: permerror"),
    "non-ascii": ("Initial processing / non-ascii-policy", "a non-ASCII byte in the policy: permerror"),
    "unknown-mechanism": ("Record evaluation / detect-errors-anywhere", "ipv4: is no mechanism: permerror"),
    "comma-separated": ("Initial processing / badip4", "terms are separated by spaces only: permerror"),
    "no-space-before-all": ("IP4 mechanism syntax / bad-ip4-port", "ip4:NET~all is an invalid ip4: permerror"),
    "all-argument": ("ALL mechanism syntax / all-arg", "all takes no argument: permerror"),
    "ip-in-a": ("A mechanism syntax / a-numeric", "a:10.1.2.3 has a numeric top label: permerror"),
    "ip6-in-ip4": ("IP4 mechanism syntax / bad-ip4-port", "an IPv6 network in ip4: permerror"),
    "bad-cidr": ("IP4 mechanism syntax / cidr4-33", "ip4 prefix /33: permerror"),
    "redirect-twice": ("Semantics of exp and other modifiers / redirect-twice", "two redirect=: permerror"),
    "empty-redirect": ("Semantics of exp and other modifiers / redirect-empty-domain", "redirect= : permerror"),
    "redirect-colon": ("Record evaluation / redirect-is-modifier", "redirect:x is no mechanism: permerror"),
    "macro-error": ("Macro expansion rules / invalid-macro-char", "a % not followed by { % - _: permerror"),
    "invalid-after-all": ("Record evaluation / detect-errors-anywhere", "a syntax error after all: permerror"),
    "too-many-lookups": ("Processing limits / mech-over-limit",
                         "the 11th DNS term, when reached: permerror (earlier matches still pass)"),
    "void-lookups": ("Processing limits / void-over-limit", "the 3rd void lookup, when reached: permerror"),
    "mx-over-10": ("Processing limits / mx-limit", "mx with 11 MX hosts, when reached: permerror"),
    "include-loop": ("Processing limits / include-loop", "an include loop runs into the lookup limit: permerror"),
    "include-no-record": ("Include mechanism semantics and syntax / include-none",
                          "include of a name without SPF, when reached: permerror"),
    "include-permerror": ("Include mechanism semantics and syntax / include-permerror",
                          "include of a broken record, when reached: permerror"),
    "redirect-no-record": ("Semantics of exp and other modifiers / redirect-none",
                           "redirect to a name without SPF: permerror"),
    "include-plus-all": ("Include mechanism semantics and syntax (RFC 7208 §5.2 table)",
                         "an include target ending in +all passes every address"),
    "ipv6-no-aaaa": ("A mechanism syntax / a-cidr6 (AAAA for IPv6 clients)",
                     "hosts without AAAA never match IPv6 clients: fail"),
    "no-all": ("Record evaluation / default-result", "no all and no redirect: neutral"),
    "plus-all": ("ALL mechanism syntax / all-double", "+all passes every address"),
    "question-all": ("ALL mechanism syntax / all-neutral", "?all: neutral"),
    "terms-after-all": ("ALL mechanism syntax / all-double", "terms after all are never evaluated"),
    "unknown-modifier": ("Record evaluation / modifier-charset-good",
                         "include=x is an unknown modifier and is ignored"),
    "spf-rr-only": ("Record lookup / spfonly", "only a type 99 SPF record: none"),
    "spf-rr-differs": ("Record lookup / both", "the type 99 record is ignored; TXT decides"),
    "dependent-no-include": ("(no suite case) plain -all", "the dependent lacks include:<primary>: fail"),
    "dependent-redirect": ("Record evaluation / redirect-after-mechanisms2",
                           "redirect=<primary>: the primary's result itself"),
    "redirect-with-all": ("Record evaluation / redirect-after-mechanisms1 (all-double)",
                          "-all before redirect= decides: fail"),
}

PRIMARY_FAULTS = [
    "no-record", "multiple-records", "bad-version", "split-string", "non-ascii", "unknown-mechanism",
    "comma-separated", "no-space-before-all", "all-argument", "ip-in-a", "ip6-in-ip4", "bad-cidr", "redirect-twice",
    "empty-redirect", "redirect-colon", "macro-error", "invalid-after-all", "too-many-lookups", "void-lookups",
    "mx-over-10", "include-loop", "include-no-record", "include-permerror", "redirect-no-record", "include-plus-all",
    "ipv6-no-aaaa", "no-all", "plus-all", "question-all", "terms-after-all", "unknown-modifier", "spf-rr-only",
    "spf-rr-differs", "oversized-record",
]
DEPENDENT_FAULTS = ["dependent-no-include", "dependent-redirect", "redirect-with-all", "cname-alias",
                    "nxdomain-sender"]
VARIANTS = ["softfail-all", "case-insensitive", "two-spaces", "trailing-dot", "exists-macro"]

ALL_CATS = ["apex4", "apex6", "mx4", "mx6", "ip4", "ip6", "esp4", "esp6", "other4", "other6"]


def quote_txt(text):
    """TXT rdata: character-strings of at most 255 bytes, quoted; bytes outside printable ASCII as \\DDD."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    parts = []
    for start in range(0, max(len(data), 1), 255):
        chunk = data[start:start + 255]
        out = []
        for b in chunk:
            if b in (0x22, 0x5C):
                out.append("\\" + chr(b))
            elif 0x20 <= b < 0x7F:
                out.append(chr(b))
            else:
                out.append("\\%03d" % b)
        parts.append('"' + "".join(out) + '"')
    return " ".join(parts)


class Zone:
    def __init__(self, origin, ns_address):
        self.origin = origin
        self.lines = [
            "@ 300 IN SOA ns1.%s. hostmaster.%s. 1 3600 600 86400 60" % (origin, origin),
            "@ 300 IN NS ns1.%s." % origin,
            "ns1 300 IN A %s" % ns_address,
        ]

    def add(self, owner, rrtype, rdata):
        self.lines.append("%s 300 IN %s %s" % (owner, rrtype, rdata))

    def txt(self, owner, text):
        self.add(owner, "TXT", quote_txt(text))

    def raw_txt(self, owner, rdata):
        self.add(owner, "TXT", rdata)


class Org:
    """One organisation: a primary zone orgN.test with its hosts and networks, dependents dJ.orgN.test."""

    def __init__(self, n, esp, fault, dependents, ns_address):
        self.n = n
        self.esp = esp
        self.fault = fault
        self.origin = "org%d.test" % n
        self.zone = Zone(self.origin, ns_address)
        hi, lo = (n >> 8) & 255, n & 255
        self.v4 = "10.%d.%d." % (hi, lo)
        self.v6 = "2001:db8:%x:" % (n + 1)
        self.dependents = ["d%d.%s" % (j, self.origin) for j in range(dependents)]
        self.dependent_fault = {}
        self.mx_count = 2
        self.policies = {}

    def addr(self, cat, rng):
        """A client address of the category."""
        v4, v6 = self.v4, self.v6
        k = self.esp
        return {
            "apex4": v4 + "1",
            "apex6": v6 + ":1",
            "mx4": v4 + str(10 + rng.randrange(self.mx_count)),
            "mx6": v6 + ":%d" % (10 + rng.randrange(self.mx_count)),
            "ip4": v4 + str(64 + rng.randrange(32)),
            "ip6": v6 + "1::%x" % rng.randrange(1, 0xFFFF),
            "esp4": "172.16.%d.%d" % (k, rng.randrange(1, 255)),
            "esp6": "2001:db8:ffff:%x::%x" % (k, rng.randrange(1, 0xFFFF)),
            "exists": v4 + "150",
            "other4": rng.choice([v4 + "200", "192.0.2.%d" % rng.randrange(1, 255)]),
            "other6": rng.choice([v6 + "2::5", "2001:db8:eeee::%x" % rng.randrange(1, 0xFFFF)]),
        }[cat]


def build_org(org, rng):
    """Writes the org's zone records and its policies (for the model); returns the sender domains to query."""
    z = org.zone
    o = org.origin
    v4, v6 = org.v4, org.v6
    fault = org.fault
    esp_name = "_spf.esp%d.test" % org.esp
    no_aaaa = fault == "ipv6-no-aaaa"

    # Hosts.
    z.add("@", "A", v4 + "1")
    if not no_aaaa:
        z.add("@", "AAAA", v6 + ":1")
    mx_hosts = ["mx1"] if no_aaaa else ["mx1", "mx2"]
    if fault == "mx-over-10":
        mx_hosts = ["mx%d" % i for i in range(1, 12)]
    org.mx_count = len(mx_hosts)
    for i, h in enumerate(mx_hosts):
        z.add("@", "MX", "%d %s" % (10 * (i + 1), h))
        z.add(h, "A", v4 + str(10 + i))
        if not no_aaaa:
            z.add(h, "AAAA", v6 + ":%d" % (10 + i))
    # The HELO name of the first mail server has its own record (field notes F04); the second has none.
    z.txt("mx1", "v=spf1 a -all")
    org.policies["helo-mx1"] = {"terms": [("a", "+", {"mx4"} if no_aaaa else {"mx4", "mx6"}, set()), ("all", "-")]}
    org.policies["helo-mx2"] = {"error": "none"}

    q_all = "~" if fault == "softfail-all" else "-"
    a_cats = {"apex4"} if no_aaaa else {"apex4", "apex6"}
    mx_cats = {"mx4"} if no_aaaa else {"mx4", "mx6"}
    a_void = {6} if no_aaaa else set()
    base = [
        ("a", "+", a_cats, a_void),
        ("mx", "+", mx_cats),
        ("ip", "+", {"ip4"}),
        ("ip", "+", {"ip6"}),
        ("include", "+", "esp"),
        ("all", q_all),
    ]
    net4 = "ip4:%s64/27" % v4
    net6 = "ip6:%s1::/64" % v6
    text = ["v=spf1", "a", "mx", net4, net6, "include:" + esp_name, q_all + "all"]
    policy = {"terms": list(base)}
    extra_zone = []  # (owner, kind, text)

    def join(terms):
        return " ".join(terms)

    record = join(text)
    if fault == "case-insensitive":
        record = record.upper().replace("_SPF", "_spf")
    elif fault == "two-spaces":
        record = "  ".join(text)
    elif fault == "trailing-dot":
        record = record.replace(esp_name, esp_name + ".")
    elif fault == "exists-macro":
        record = join(text[:-1] + ["exists:%{i}._ip." + o, text[-1]])
        policy["terms"] = base[:-1] + [("exists", "+", {"exists"}), base[-1]]
        z.add("%s150._ip" % v4, "A", "127.0.0.2")
    elif fault == "no-record":
        record = None
        policy = {"error": "none"}
    elif fault == "multiple-records":
        extra_zone.append(("@", "txt", "v=spf1 ip4:%s0/24 -all" % v4))
        policy = {"error": "permerror"}
    elif fault == "bad-version":
        record = record.replace("v=spf1", "v=spf10")
        policy = {"error": "none"}
    elif fault == "split-string":
        record = None
        head = join(["v=spf1", "a", "mx", net6, "include:" + esp_name, net4])
        z.raw_txt("@", quote_txt(head) + " " + quote_txt("-all"))
        policy = {"error": "permerror"}
    elif fault == "non-ascii":
        record = join(text[:-1] + ["a:caf\u00e9." + o, text[-1]])
        policy = {"error": "permerror"}
    elif fault == "unknown-mechanism":
        record = record.replace("ip4:", "ipv4:")
        policy = {"error": "permerror"}
    elif fault == "comma-separated":
        record = join(["v=spf1", "a", "mx", net4 + "," + net6, "include:" + esp_name, "-all"])
        policy = {"error": "permerror"}
    elif fault == "no-space-before-all":
        record = join(["v=spf1", "a", "mx", net6, "include:" + esp_name, net4 + "~all"])
        policy = {"error": "permerror"}
    elif fault == "all-argument":
        record = record.replace(" -all", " -all:" + o)
        policy = {"error": "permerror"}
    elif fault == "ip-in-a":
        record = join(text[:-1] + ["a:%s1" % v4, text[-1]])
        policy = {"error": "permerror"}
    elif fault == "ip6-in-ip4":
        record = record.replace(net4, "ip4:%s1::/64" % v6)
        policy = {"error": "permerror"}
    elif fault == "bad-cidr":
        record = record.replace("/27", "/33")
        policy = {"error": "permerror"}
    elif fault == "redirect-twice":
        record = join(text[:-1] + ["redirect=" + esp_name, "redirect=" + esp_name])
        policy = {"error": "permerror"}
    elif fault == "empty-redirect":
        record = join(text[:-1] + ["redirect="])
        policy = {"error": "permerror"}
    elif fault == "redirect-colon":
        record = join(text[:-1] + ["redirect:" + esp_name])
        policy = {"error": "permerror"}
    elif fault == "macro-error":
        record = join(text[:-1] + ["exists:%i._ip." + o, text[-1]])
        policy = {"error": "permerror"}
    elif fault == "invalid-after-all":
        record = record + " moo"
        policy = {"error": "permerror"}
    elif fault == "too-many-lookups":
        hosts = ["h%d" % i for i in range(1, 9)]
        for i, h in enumerate(hosts):
            z.add(h, "A", v4 + str(101 + i))
            z.add(h, "AAAA", v6 + ":%d" % (101 + i))
        record = join(["v=spf1", net4, net6, "a", "mx"] + ["a:%s.%s" % (h, o) for h in hosts] +
                      ["include:" + esp_name, "-all"])
        policy["terms"] = [base[2], base[3], base[0], base[1]] + [("a", "+", set(), set())] * len(hosts) + \
            [base[4], base[5]]
    elif fault == "void-lookups":
        record = join(["v=spf1", net4, net6] + ["a:void%d.%s" % (i, o) for i in range(1, 4)] +
                      ["a", "mx", "include:" + esp_name, "-all"])
        policy["terms"] = [base[2], base[3]] + [("a", "+", set(), {4, 6})] * 3 + [base[0], base[1], base[4], base[5]]
    elif fault == "mx-over-10":
        record = join(["v=spf1", net4, net6, "mx", "a", "include:" + esp_name, "-all"])
        policy["terms"] = [base[2], base[3], ("include-none", "+"), base[0], base[4], base[5]]
    elif fault == "include-loop":
        extra_zone.append(("_l", "txt", "v=spf1 include:%s -all" % o))
        record = join(["v=spf1", net4, net6, "include:_l." + o, "a", "mx", "include:" + esp_name, "-all"])
        policy["terms"] = [base[2], base[3], ("include", "+", "loop"), base[0], base[1], base[4], base[5]]
        org.policies["loop"] = {"terms": [("include", "+", "primary"), ("all", "-")]}
    elif fault == "include-no-record":
        z.add("_none", "A", v4 + "250")
        record = join(text[:-1] + ["include:_none." + o, text[-1]])
        policy["terms"] = base[:-1] + [("include-none", "+"), base[-1]]
    elif fault == "include-permerror":
        extra_zone.append(("_bad", "txt", "v=spf1 ipv4:%s250 -all" % v4))
        record = join(text[:-1] + ["include:_bad." + o, text[-1]])
        policy["terms"] = base[:-1] + [("include-none", "+"), base[-1]]
    elif fault == "redirect-no-record":
        z.add("_none", "A", v4 + "250")
        record = join(text[:-1] + ["redirect=_none." + o])
        policy = {"terms": base[:-1], "redirect": "none-target"}
        org.policies["none-target"] = {"error": "none"}
    elif fault == "include-plus-all":
        extra_zone.append(("_open", "txt", "v=spf1 +all"))
        record = record.replace(esp_name, "_open." + o)
        policy["terms"] = base[:4] + [("include", "+", "open"), base[5]]
        org.policies["open"] = {"terms": [("all", "+")]}
    elif fault == "ipv6-no-aaaa":
        record = join(["v=spf1", "a", "mx", net4, "include:" + esp_name, "-all"])
        policy["terms"] = [base[0], base[1], base[2], base[4], base[5]]
    elif fault == "no-all":
        record = join(text[:-1])
        policy["terms"] = base[:-1]
    elif fault == "plus-all":
        record = record.replace(" -all", " +all")
        policy["terms"] = base[:-1] + [("all", "+")]
    elif fault == "question-all":
        record = record.replace(" -all", " ?all")
        policy["terms"] = base[:-1] + [("all", "?")]
    elif fault == "terms-after-all":
        record = join(["v=spf1", "a", "mx", "-all", net4, net6, "include:" + esp_name])
        policy["terms"] = [base[0], base[1], ("all", "-")]
    elif fault == "unknown-modifier":
        record = record.replace("include:", "include=")
        policy["terms"] = base[:4] + [base[5]]
    elif fault == "spf-rr-only":
        z.add("@", "SPF", quote_txt(record))
        record = None
        policy = {"error": "none"}
    elif fault == "spf-rr-differs":
        z.add("@", "SPF", quote_txt("v=spf1 +all"))
    elif fault == "oversized-record":
        padding = ["ip4:198.51.100.%d/32" % i for i in range(1, 30)]
        record = join(text[:-1] + padding + [text[-1]])

    if record is not None:
        z.txt("@", record)
    for owner, _, t in extra_zone:
        z.txt(owner, t)
    org.policies["primary"] = policy
    org.policies["esp"] = {"terms": [("ip", "+", {"esp4"}), ("ip", "+", {"esp6"}), ("all", "~")]}

    # Dependents.
    for j, dep in enumerate(org.dependents):
        owner = dep[: -len(o) - 1]
        z.add(owner, "MX", "10 mx1." + o + ".")
        dfault = org.dependent_fault.get(j)
        if dfault == "dependent-no-include":
            z.txt(owner, "v=spf1 -all")
            org.policies[dep] = {"terms": [("all", "-")]}
        elif dfault == "dependent-redirect":
            z.txt(owner, "v=spf1 redirect=" + o)
            org.policies[dep] = {"terms": [], "redirect": "primary"}
        elif dfault == "redirect-with-all":
            z.txt(owner, "v=spf1 -all redirect=" + o)
            org.policies[dep] = {"terms": [("all", "-")], "redirect": "primary"}
        else:
            z.txt(owner, "v=spf1 include:%s -all" % o)
            org.policies[dep] = {"terms": [("include", "+", "primary"), ("all", "-")]}
    senders = [o] + list(org.dependents)
    for j, dfault in org.dependent_fault.items():
        if dfault == "cname-alias":
            name = "c%d.%s" % (j, o)
            z.add("c%d" % j, "CNAME", o + ".")
            org.policies[name] = policy
            senders.append(name)
        elif dfault == "nxdomain-sender":
            name = "gone%d.%s" % (j, o)
            org.policies[name] = {"error": "none"}
            senders.append(name)
    return senders


def generate(outdir, queries, seed, ns_address, n_orgs=None, fault_share=0.4):
    rng = random.Random(seed)
    n_orgs = n_orgs or max(8, queries // 4)
    n_esps = min(8, max(2, n_orgs // 20))
    orgs = []
    primary_cycle = PRIMARY_FAULTS + VARIANTS
    dependent_cycle = list(DEPENDENT_FAULTS)
    p_i = d_i = 0
    for n in range(n_orgs):
        r = rng.random()
        fault = "clean"
        if r < fault_share:
            # Cycle through the faults so that even a small world holds each of them.
            fault = primary_cycle[p_i % len(primary_cycle)]
            p_i += 1
        org = Org(n, rng.randrange(n_esps), fault, rng.randrange(2, 6), ns_address)
        if rng.random() < fault_share / 2:
            org.dependent_fault[0] = dependent_cycle[d_i % len(dependent_cycle)]
            d_i += 1
        orgs.append(org)

    zones = []
    per_org_senders = []
    for org in orgs:
        per_org_senders.append(build_org(org, rng))
        zones.append(org.zone)
    for k in range(n_esps):
        z = Zone("esp%d.test" % k, ns_address)
        z.txt("_spf", "v=spf1 ip4:172.16.%d.0/24 ip6:2001:db8:ffff:%x::/64 ~all" % (k, k))
        zones.append(z)

    lines = []
    expected = []
    # Every org gets at least one query while there are queries left, then the rest go at random.
    order = list(range(len(orgs)))
    rng.shuffle(order)
    while len(order) < queries:
        order.append(rng.randrange(len(orgs)))
    for idx in order[:queries]:
        org = orgs[idx]
        senders = per_org_senders[idx]
        roll = rng.random()
        if roll < 0.08:
            # The null sender: postmaster@HELO (RFC 7208 §2.4).
            helo_host = rng.choice(["mx1", "mx2"])
            helo = "%s.%s" % (helo_host, org.origin)
            cat = rng.choice(["mx4", "mx6", "other4"]) if helo_host == "mx1" else rng.choice(["mx4", "other4"])
            if org.fault == "ipv6-no-aaaa" and cat == "mx6":
                cat = "mx4"
            if org.fault == "mx-over-10" and helo_host == "mx2":
                helo_host = "mx1"
                helo = "mx1." + org.origin
            policy = "helo-" + helo_host
            result = evaluate(org.policies, policy, cat, [0, 0])
            ip = org.addr(cat, rng)
            if helo_host == "mx1" and cat == "mx4":
                ip = org.v4 + "10"
            if helo_host == "mx1" and cat == "mx6":
                ip = org.v6 + ":10"
            if helo_host == "mx2" and cat == "mx4":
                ip = org.v4 + "11"
            kind = "helo-null-sender" if helo_host == "mx1" else "helo-no-record"
            lines.append("%s <> %s" % (ip, helo))
            expected.append((result, kind, helo, cat))
            continue
        sender_domain = rng.choice(senders)
        cats = list(ALL_CATS)
        if org.fault == "exists-macro":
            cats.append("exists")
        cat = rng.choice(cats)
        ip = org.addr(cat, rng)
        policy_name = "primary" if sender_domain == org.origin else sender_domain
        result = evaluate(org.policies, policy_name, cat, [0, 0])
        kind = org.fault
        if sender_domain != org.origin:
            j = int(sender_domain.split(".")[0].lstrip("dcgone"))
            dfault = org.dependent_fault.get(j)
            alias = sender_domain.startswith("c") or sender_domain.startswith("gone")
            if dfault in ("dependent-no-include", "redirect-with-all", "nxdomain-sender") and (
                    alias or dfault != "nxdomain-sender"):
                kind = dfault  # the primary is never consulted
            elif dfault in ("dependent-redirect", "cname-alias") and (alias or dfault != "cname-alias"):
                kind = dfault if org.fault == "clean" else dfault + "+" + org.fault
        local = rng.choice(["alice", "bob", "billing", "noreply", "info"])
        helo = "mx1." + org.origin
        lines.append("%s %s@%s %s" % (ip, local, sender_domain, helo))
        expected.append((result, kind, sender_domain, cat))

    os.makedirs(os.path.join(outdir, "zones"), exist_ok=True)
    for z in zones:
        with open(os.path.join(outdir, "zones", z.origin + ".zone"), "w", encoding="ascii") as f:
            f.write("\n".join(z.lines) + "\n")
    with open(os.path.join(outdir, "zones.txt"), "w", encoding="ascii") as f:
        f.write("\n".join(z.origin for z in zones) + "\n")
    with open(os.path.join(outdir, "queries.txt"), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(outdir, "expected.tsv"), "w", encoding="ascii") as f:
        for e in expected:
            f.write("\t".join(e) + "\n")
    return len(zones), len(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outdir")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=7208)
    ap.add_argument("--orgs", type=int, default=0, help="organisations (default: one per 4 queries)")
    ap.add_argument("--fault-share", type=float, default=0.4, help="share of organisations with a fault")
    ap.add_argument("--ns-address", default="127.0.0.1", help="address of the zones' ns1 A record")
    args = ap.parse_args()
    zones, n = generate(args.outdir, args.queries, args.seed, args.ns_address, args.orgs, args.fault_share)
    print("%d zones, %d queries in %s" % (zones, n, args.outdir), file=sys.stderr)


if __name__ == "__main__":
    main()
