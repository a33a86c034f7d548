#!/usr/bin/python3
"""pyspf (Debian python3-spf) over a check-host batch: one process for the whole batch, one result a line.

Reads "IP SENDER HELO" lines ("<>" is the null sender, checked as postmaster@HELO, RFC 7208 §2.4) and prints the
result of spf.check2() for each, in input order. pyspf asks dnspython's default resolver, which this points at the
benchmark's server instead of /etc/resolv.conf.

Usage: pyspf_batch.py SERVER PORT BATCH_FILE
"""

import sys

import dns.resolver
import spf


def main():
    server, port, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = [server]
    resolver.port = port
    resolver.timeout = 2.0
    resolver.lifetime = 6.0
    dns.resolver.default_resolver = resolver
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            ip, sender, helo = fields[0], fields[1], fields[2] if len(fields) > 2 else ""
            if sender == "<>":
                sender = "postmaster@" + helo
            try:
                result, _ = spf.check2(i=ip, s=sender, h=helo)
            except Exception as e:  # a crash inside the library is a result worth seeing, not a stop
                result = "exception:" + type(e).__name__
            out.append(result)
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
