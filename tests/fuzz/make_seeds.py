#!/usr/bin/env python3
"""Writes the seed corpora of fuzz_record, fuzz_lint, fuzz_checkhost and fuzz_parsers from the RFC 7208 and RFC 4408
test suites (tests/data/conformance) and from the faults admins make (the field-notes catalogue), so the fuzzer starts
from every construct the suites know instead of a handful of records.

Usage: tests/fuzz/make_seeds.py   (run from anywhere; rewrites tests/fuzz/corpus/{record,lint,checkhost,parsers}/
suite-* and fault-* and leaves other files there alone). Re-running writes the same files, so the corpus stays
reviewable. The input formats are described in tests/fuzz/FuzzZone.h and at the top of each target.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "conformance")
CORPUS = os.path.join(HERE, "corpus")

# Records with the mistakes of the field-notes catalogue (the ID in the file name), for the parser and the linter.
FAULT_RECORDS = {
    "A04-version-tag": "v=spf10 -all",
    "A04-version-glued": "v=spf1a -all",
    "A05-leading-space": " v=spf1 -all",
    "A08-sender-id": "spf2.0/mfrom,pra ip4:192.0.2.0/24 -all",
    "A11-long": "v=spf1 " + " ".join("ip4:198.51.100.%d" % i for i in range(40)) + " -all",
    "A13-non-ascii": "v=spf1 a:b\u00fccher.example -all",
    "B01-ip": "v=spf1 ip:192.0.2.1 -all",
    "B01-ipv4": "v=spf1 ipv4:192.0.2.1 -all",
    "B01-prt": "v=spf1 prt -all",
    "B01-all-dot": "v=spf1 mx all.",
    "B02-qualifier": "v=spf1 *mx !all",
    "B03-comma": "v=spf1 a,mx -all",
    "B03-tab": "v=spf1 a\tmx -all",
    "B03-crlf": "v=spf1 a\r\nmx -all",
    "B04-glued-all": "v=spf1 ip4:203.0.113.7~all",
    "B05-all-arg": "v=spf1 all:foo",
    "B06-bare-ip": "v=spf1 192.0.2.1 -all",
    "B06-a-ip": "v=spf1 a:192.0.2.1 -all",
    "B07-family": "v=spf1 ip4:2001:db8::1 ip6:192.0.2.1 -all",
    "B08-cidr-big": "v=spf1 ip4:192.0.2.0/33 ip6:2001:db8::/129 -all",
    "B08-cidr-zero": "v=spf1 ip4:192.0.2.0/024 a/ -all",
    "B09-dual-ip4": "v=spf1 ip4:192.0.2.0//64 include:x.example/24 ptr/24 all/0",
    "B10-missing": "v=spf1 include: exists exists: -all",
    "B11-domain": "v=spf1 a:foo.123 a:foo a:foo..example mx:" + "x" * 64 + ".example -all",
    "B12-redirect-twice": "v=spf1 redirect=a.example redirect=b.example",
    "B13-exp-twice": "v=spf1 -all exp=a.example exp=b.example",
    "B14-empty-mod": "v=spf1 redirect= exp=",
    "B15-separator": "v=spf1 include=x.example redirect:y.example exp:z.example -all",
    "B16-macro": "v=spf1 a:%{z}.example exists:%{ exists:% a:%{d0}.example -all",
    "B17-crt": "v=spf1 a:%{c}.example exists:%{r}.%{t}.example -all",
    "B18-macro-ip": "v=spf1 ip4:%{i} -all",
    "B19-all-twice": "v=spf1 all -all",
    "D01-after-all": "v=spf1 -all a mx",
    "D03-redirect-all": "v=spf1 a redirect=other.example ~all",
    "D04-modifier-first": "v=spf1 exp=why.example a -all",
    "D13-ptr": "v=spf1 ptr ptr:example.net -all",
    "D14-obsolete": "v=spf1 a default=deny",
    "E01-plus-all": "v=spf1 +all",
    "E02-question-all": "v=spf1 a ?all",
    "E03-broad": "v=spf1 ip4:0.0.0.0/1 ip6:::/3 -all",
    "E04-private": "v=spf1 ip4:10.0.0.0/8 ip4:192.168.1.1 ip6:fd00::/8 -all",
    "macros-all": "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} exists:%{s}.%{o}.%{h}.%{v}.%{p} -all exp=%{d2}",
}

# Lint seeds with DNS behind them: the faults that only show in the tree (domain example.com).
FAULT_ZONES = {
    "A03-two-records": ["example.com TXT v=spf1 -all", "example.com TXT v=spf1 a -all"],
    "A06-type99": ["example.com TXT v=spf1 -all", "example.com SPF v=spf1 a -all"],
    "A09-long-string": ["example.com TXT v=spf1 " + "ip4:192.0.2.1 " * 20 + "\t-all"],
    "A10-bad-split": ["example.com TXT v=spf1 ip4:192.0.2.1\t-all"],
    "A14-txt-cname": ["example.com TXT v=spf1 -all", "example.com CNAME other.example"],
    "A16-cname-loop": ["example.com CNAME a.example", "a.example CNAME example.com"],
    "C01-too-many": ["example.com TXT v=spf1 " + " ".join("include:i%d.example" % i for i in range(12)) + " -all"]
    + ["i%d.example TXT v=spf1 a -all" % i for i in range(12)],
    "C03-void": ["example.com TXT v=spf1 a:n1.example a:n2.example a:n3.example mx:n4.example -all"],
    "C05-mx-many": ["example.com TXT v=spf1 mx -all"] + ["example.com MX %d mx%d.example" % (i, i) for i in range(12)]
    + ["mx%d.example A 192.0.2.%d" % (i, i + 1) for i in range(12)],
    "C08-loop": ["example.com TXT v=spf1 include:b.example -all", "b.example TXT v=spf1 include:example.com ~all"],
    "C09-dup-include": ["example.com TXT v=spf1 include:b.example include:b.example -all", "b.example TXT v=spf1 a"],
    "D05-include-none": ["example.com TXT v=spf1 include:none.example -all", "none.example NAME"],
    "D07-include-fails": ["example.com TXT v=spf1 include:t.example -all", "t.example TIMEOUT",
                          "example.com TXT v=spf1 include:s.example -all", "s.example SERVFAIL"],
    "D08-include-plus-all": ["example.com TXT v=spf1 include:b.example -all", "b.example TXT v=spf1 +all"],
    "D10-null-mx": ["example.com TXT v=spf1 mx -all", "example.com MX 0 ."],
    "D11-no-aaaa": ["example.com TXT v=spf1 a mx ip6:2001:db8::/32 -all", "example.com A 192.0.2.1",
                    "example.com MX 10 mail.example.com", "mail.example.com A 192.0.2.2"],
    "D12-exp-missing": ["example.com TXT v=spf1 -all exp=why.example"],
    "E05-parked": ["example.com TXT v=spf1 a -all", "example.com MX 10 mail.example.com"],
    "F06-dependent": ["example.com TXT v=spf1 include:primary.example -all",
                      "primary.example TXT v=spf1 a mx ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.example -all",
                      "primary.example A 192.0.2.1", "primary.example MX 10 mail.primary.example",
                      "mail.primary.example A 192.0.2.2", "_spf.example TXT v=spf1 exists:%{i}._ip.example ~all",
                      "1.2.0.192._ip.example A 127.0.0.2"],
}

# Inputs of fuzz_parsers: the first byte picks the parser (0 batch line, 1 domain list, 2 server, 3 resolv.conf,
# 4 TSIG key + server).
PARSER_SEEDS = {
    "batch-plain": (0, "192.0.2.1 alice@example.com mail.example.com"),
    "batch-null": (0, "2001:db8::1 <> mail.example.com"),
    "batch-angle": (0, "192.0.2.1 <bob@example.org>"),
    "batch-idn": (0, "192.0.2.1 b\u00f6b@b\u00fccher.example m\u00e4il.b\u00fccher.example"),
    "batch-bad": (0, "300.1.1.1 a@ b c d"),
    "domains": (1, "example.com\n# comment\n\nexample.com\nb\u00fccher.example\nbad..name\n-x.example\n"),
    "domains-crlf": (1, "a.example\r\nB.EXAMPLE.\r\n*.example\r\n" + "x" * 70 + ".example\r\n"),
    "server-v4": (2, "192.0.2.53:5353"),
    "server-v6": (2, "[2001:db8::53]:53"),
    "server-scope": (2, "fe80::1%eth0"),
    "server-bad": (2, "[192.0.2.1]:99999"),
    "resolv": (3, "# generated\nsearch example.com\nnameserver 192.0.2.53\nnameserver\t2001:db8::53\n"
                  "nameserver fe80::1%eth0\nnameserver 192.0.2.53\noptions edns0\n"),
    "tsig": (4, "hmac-sha256:update-key:c2VjcmV0IGtleQ==\nns1.example.com"),
    "tsig-inject": (4, "name:secret\nsend\nserver 192.0.2.1;rm"),
}


def write(target, name, data):
    directory = os.path.join(CORPUS, target)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def zone_lines(zonedata):
    """The suite's zone in FuzzZone.h form, served as the suite's driver serves it (SPF copied to TXT)."""
    lines = []
    for owner, entries in zonedata.items():
        has_txt = any(isinstance(e, dict) and "TXT" in e for e in entries)
        lines.append("%s NAME" % owner)
        for entry in entries:
            if entry == "TIMEOUT":
                lines.append("%s TIMEOUT" % owner)
                continue
            (kind, value), = entry.items()
            if kind in ("TXT", "SPF"):
                text = "\t".join(value) if isinstance(value, list) else value
                lines.append("%s %s %s" % (owner, kind, text))
                if kind == "SPF" and not has_txt:
                    lines.append("%s TXT %s" % (owner, text))
            elif kind == "MX":
                lines.append("%s MX %d %s" % (owner, value[0], value[1] or "."))
            else:
                lines.append("%s %s %s" % (owner, kind, value))
    return lines


def short(text):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def main():
    records = set()
    for suite in ("rfc7208", "rfc4408"):
        with open(os.path.join(DATA, suite + "-tests.json"), encoding="utf-8") as f:
            scenarios = json.load(f)
        for number, scenario in enumerate(scenarios):
            zone = zone_lines(scenario["zonedata"])
            for owner, entries in scenario["zonedata"].items():
                for entry in entries:
                    if not isinstance(entry, dict):
                        continue
                    (kind, value), = entry.items()
                    if kind not in ("TXT", "SPF"):
                        continue
                    text = "".join(value) if isinstance(value, list) else value
                    records.add(text)
                    if text.lower().startswith("v=spf1"):
                        lint = "%s %s\n" % (owner, "\t".join(value) if isinstance(value, list) else value)
                        write("lint", "suite-%s-%02d-%s" % (suite, number, short(owner + text)),
                              lint + "\n".join(zone) + "\n")
            for name, case in scenario["tests"].items():
                query = "%s %s %s\n" % (case["host"], case.get("mailfrom", "") or "<>", case.get("helo", ""))
                write("checkhost", "suite-%s-%s" % (suite, name), query + "\n".join(zone) + "\n")
    for text in sorted(records):
        write("record", "suite-" + short(text), text)
    for name, text in FAULT_RECORDS.items():
        write("record", "fault-" + name, text)
        write("lint", "fault-" + name, "example.com " + text + "\n")
    for name, lines in FAULT_ZONES.items():
        first = lines[0].split(" ", 2)
        write("lint", "fault-" + name, "example.com " + (first[2] if first[1] == "TXT" else "v=spf1 -all") + "\n"
              + "\n".join(lines) + "\n")
        write("checkhost", "fault-" + name, "192.0.2.1 alice@example.com mail.example.com\n" + "\n".join(lines) + "\n")
    for name, (selector, text) in PARSER_SEEDS.items():
        write("parsers", name, bytes([selector]) + text.encode("utf-8"))


if __name__ == "__main__":
    main()
