#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_dnsreply: real replies captured from NSD (UDP with and without EDNS, TCP), then
hostile variants of them built by hand (cut short, compression loops, lengths that lie, CNAME loops, wrong headers).

Usage: tests/fuzz/make_dnsreply_seeds.py [OUTPUT_DIR]   (default: tests/fuzz/corpus/dnsreply)
Needs nsd (Debian package nsd). Re-running rewrites the same files, so the corpus stays reviewable.
"""
import os
import random
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time

ZONE = """$ORIGIN fuzz.test.
$TTL 300
@       IN SOA ns1 hostmaster 2026112701 3600 900 604800 60
        IN NS  ns1
        IN MX  10 mail
        IN TXT "v=spf1 a mx ip4:192.0.2.0/24 " "include:_spf.fuzz.test -all"
        IN SPF "v=spf1 -all"
ns1     IN A   192.0.2.53
mail    IN A   192.0.2.10
mail    IN AAAA 2001:db8::10
www     IN CNAME mail
alias   IN CNAME www
dangling IN CNAME elsewhere.example.
macro   IN TXT "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} redirect=%{d2}"
two     IN TXT "v=spf1 -all"
two     IN TXT "v=spf1 +all"
_spf    IN TXT "v=spf1 ip6:2001:db8::/32 ~all"
big     IN TXT BIG
"""

REVERSE_ZONE = """$ORIGIN 2.0.192.in-addr.arpa.
$TTL 300
@       IN SOA ns1.fuzz.test. hostmaster.fuzz.test. 2026112701 3600 900 604800 60
        IN NS  ns1.fuzz.test.
10      IN PTR mail.fuzz.test.
"""

TYPES = {"A": 1, "NS": 2, "CNAME": 5, "SOA": 6, "PTR": 12, "MX": 15, "TXT": 16, "AAAA": 28, "SPF": 99}


def free_port():
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            u.bind(("127.0.0.1", 0))
            port = u.getsockname()[1]
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as t:
                try:
                    t.bind(("127.0.0.1", port))
                    return port
                except OSError:
                    continue


def encode_name(name):
    out = b""
    for label in name.rstrip(".").split("."):
        if label:
            out += bytes([len(label)]) + label.encode()
    return out + b"\0"


def query(name, qtype, qid, edns=1232):
    header = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 1 if edns else 0)
    body = encode_name(name) + struct.pack(">HH", TYPES[qtype], 1)
    if edns:
        body += b"\0" + struct.pack(">HHIH", 41, edns, 0, 0)
    return header + body


def start_nsd(workdir, port):
    # A policy of about 1300 octets in 200-octet strings: too big for 512-octet UDP without EDNS.
    policy = "v=spf1 " + " ".join("ip4:198.51.%d.0/24" % i for i in range(60)) + " -all"
    strings = " ".join('"%s"' % policy[i:i + 200] for i in range(0, len(policy), 200))
    with open(os.path.join(workdir, "fuzz.test.zone"), "w") as f:
        f.write(ZONE.replace("BIG", strings))
    with open(os.path.join(workdir, "reverse.zone"), "w") as f:
        f.write(REVERSE_ZONE)
    conf = f"""server:
  ip-address: 127.0.0.1@{port}
  do-ip6: no
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "{workdir}/zone.list"
  xfrdfile: "{workdir}/xfrd.state"
  xfrdir: "{workdir}"
  pidfile: "{workdir}/nsd.pid"
  logfile: "{workdir}/nsd.log"
  rrl-ratelimit: 0
  rrl-whitelist-ratelimit: 0
remote-control:
  control-enable: no
zone:
  name: "fuzz.test."
  zonefile: "{workdir}/fuzz.test.zone"
zone:
  name: "2.0.192.in-addr.arpa."
  zonefile: "{workdir}/reverse.zone"
"""
    conf_path = os.path.join(workdir, "nsd.conf")
    with open(conf_path, "w") as f:
        f.write(conf)
    return subprocess.Popen(["nsd", "-d", "-c", conf_path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ask_udp(port, packet, timeout=0.2):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(timeout)
        s.sendto(packet, ("127.0.0.1", port))
        try:
            return s.recvfrom(65535)[0]
        except socket.timeout:
            return None


def ask_tcp(port, packet):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        s.sendall(struct.pack(">H", len(packet)) + packet)
        data = b""
        while len(data) < 2 or len(data) < 2 + struct.unpack(">H", data[:2])[0]:
            chunk = s.recv(65535)
            if not chunk:
                break
            data += chunk
        return data[2:]


def capture(port):
    replies = {}
    deadline = time.time() + 10
    while ask_udp(port, query("fuzz.test", "SOA", 1), 0.05) is None:
        if time.time() > deadline:
            sys.exit("nsd did not answer")
        time.sleep(0.02)
    asks = [("fuzz.test", t) for t in ("TXT", "SPF", "MX", "NS", "SOA", "A")]
    asks += [("mail.fuzz.test", "A"), ("mail.fuzz.test", "AAAA"), ("www.fuzz.test", "A"), ("alias.fuzz.test", "TXT"),
             ("dangling.fuzz.test", "TXT"), ("macro.fuzz.test", "TXT"), ("two.fuzz.test", "TXT"),
             ("_spf.fuzz.test", "TXT"), ("nope.fuzz.test", "TXT"), ("www.fuzz.test", "CNAME"),
             ("10.2.0.192.in-addr.arpa", "PTR"), ("MiXeD.FuZz.TeSt", "TXT"), ("outside.example", "A")]
    for i, (name, qtype) in enumerate(asks):
        reply = ask_udp(port, query(name, qtype, 0x1000 + i))
        if reply:
            replies[f"nsd-udp-{qtype.lower()}-{name.split('.')[0].lower()}"] = reply
    # Without EDNS the big policy does not fit 512 octets: NSD sets TC and the transport asks again over TCP.
    replies["nsd-udp-truncated-big"] = ask_udp(port, query("big.fuzz.test", "TXT", 0x2000, edns=0))
    replies["nsd-tcp-big"] = ask_tcp(port, query("big.fuzz.test", "TXT", 0x2001, edns=0))
    replies["nsd-tcp-mx"] = ask_tcp(port, query("fuzz.test", "MX", 0x2002))
    return {k: v for k, v in replies.items() if v}


def hostile(replies):
    out = {}
    txt = replies["nsd-udp-txt-fuzz"]
    # Cut short at every interesting place: inside the header, the question, a record's rdata.
    for cut in (11, 12, 20, 29, len(txt) // 2, len(txt) - 1):
        out[f"cut-{cut}"] = txt[:cut]
    # Header flags and counts that lie.
    flags = struct.unpack(">H", txt[2:4])[0]
    out["not-a-response"] = txt[:2] + struct.pack(">H", flags & 0x7FFF) + txt[4:]
    out["tc-set"] = txt[:2] + struct.pack(">H", flags | 0x0200) + txt[4:]
    out["two-questions"] = txt[:4] + struct.pack(">H", 2) + txt[6:]
    out["no-question"] = txt[:4] + struct.pack(">H", 0) + txt[6:]
    out["answer-count-high"] = txt[:6] + struct.pack(">H", 0xFFFF) + txt[8:]
    for rcode in (1, 2, 3, 4, 5, 15):
        out[f"rcode-{rcode}"] = txt[:2] + struct.pack(">H", (flags & 0xFFF0) | rcode) + txt[4:]
    header = struct.pack(">HHHHHH", 0x1234, 0x8180, 1, 1, 0, 0)
    question = encode_name("loop.fuzz.test") + struct.pack(">HH", 16, 1)
    # Compression pointers (RFC 1035 §4.1.4) that point at themselves, at each other, forward, and past the end.
    out["ptr-self"] = header + question + b"\xc0" + bytes([12 + len(question)]) + struct.pack(">HHIH", 16, 1, 60, 0)
    out["ptr-pair"] = struct.pack(">HHHHHH", 0x1234, 0x8180, 1, 0, 0, 0) + b"\xc0\x0e\xc0\x0c" + struct.pack(">HH", 16, 1)
    out["ptr-forward"] = header + b"\xc0\x40" + struct.pack(">HH", 16, 1) + b"\0" * 40
    out["ptr-past-end"] = header + question + b"\xc3\xff" + struct.pack(">HHIH", 16, 1, 60, 0)
    out["ptr-chain-long"] = (struct.pack(">HHHHHH", 0x1234, 0x8180, 1, 0, 0, 0) +
                             b"".join(bytes([0xc0, 12 + 2 * (i + 1)]) for i in range(100)) + b"\0" +
                             struct.pack(">HH", 16, 1))
    out["label-64"] = header.replace(struct.pack(">H", 1) * 2, struct.pack(">HH", 1, 0), 1) + \
        b"\x40" + b"a" * 64 + b"\0" + struct.pack(">HH", 16, 1)
    # TXT rdata whose character-string lengths disagree with rdlength, both ways; an empty string; rdlength past the end.
    def txt_rr(rdata, rdlength=None):
        return b"\xc0\x0c" + struct.pack(">HHIH", 16, 1, 60, len(rdata) if rdlength is None else rdlength) + rdata
    out["txt-string-too-long"] = header + question + txt_rr(b"\x20v=spf1 -all")
    out["txt-string-short"] = header + question + txt_rr(b"\x03v=spf1 -all")
    out["txt-empty-string"] = header + question + txt_rr(b"\x00")
    out["txt-no-rdata"] = header + question + txt_rr(b"")
    out["txt-rdlength-past-end"] = header + question + txt_rr(b"\x0bv=spf1 -all", 200)
    out["txt-nul-inside"] = header + question + txt_rr(b"\x0dv=spf1\0ip4:1 -all"[:14])
    out["txt-many-strings"] = header + question + txt_rr(b"".join(b"\x01" + bytes([c]) for c in b"v=spf1 ~all"))
    # A CNAME loop and a long chain inside one answer section.
    cname_hdr = struct.pack(">HHHHHH", 0x1234, 0x8180, 1, 2, 0, 0)
    a_name, b_name = encode_name("a.fuzz.test"), encode_name("b.fuzz.test")
    q = a_name + struct.pack(">HH", 16, 1)
    out["cname-loop"] = (cname_hdr + q + b"\xc0\x0c" + struct.pack(">HHIH", 5, 1, 60, len(b_name)) + b_name +
                         b_name + struct.pack(">HHIH", 5, 1, 60, len(a_name)) + a_name)
    chain = b""
    for i in range(40):
        owner, target = encode_name(f"c{i}.fuzz.test"), encode_name(f"c{i + 1}.fuzz.test")
        chain += owner + struct.pack(">HHIH", 5, 1, 60, len(target)) + target
    out["cname-chain-40"] = (struct.pack(">HHHHHH", 0x1234, 0x8180, 1, 40, 0, 0) + encode_name("c0.fuzz.test") +
                             struct.pack(">HH", 16, 1) + chain)
    # A and AAAA rdata of the wrong size; an MX without its exchange; an SOA cut after the serial.
    qa = encode_name("mail.fuzz.test") + struct.pack(">HH", 1, 1)
    out["a-5-octets"] = header + qa + b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 60, 5) + b"\xc0\0\2\1\1"
    out["aaaa-4-octets"] = header + qa + b"\xc0\x0c" + struct.pack(">HHIH", 28, 1, 60, 4) + b"\xc0\0\2\1"
    out["mx-no-exchange"] = header + qa + b"\xc0\x0c" + struct.pack(">HHIH", 15, 1, 60, 2) + b"\0\x0a"
    soa = replies["nsd-udp-soa-fuzz"]
    out["soa-cut"] = soa[:-12]
    # Random bytes and bit flips of real replies, deterministic so the files do not change on every run.
    rng = random.Random(7208)
    out["random-64"] = bytes(rng.randrange(256) for _ in range(64))
    for name in ("nsd-udp-txt-fuzz", "nsd-tcp-big", "nsd-udp-a-www"):
        data = bytearray(replies[name])
        for _ in range(8):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        out[f"flipped-{name}"] = bytes(data)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "corpus", "dnsreply")
    if not shutil.which("nsd"):
        sys.exit("nsd is not installed (Debian package nsd)")
    with tempfile.TemporaryDirectory() as workdir:
        port = free_port()
        nsd = start_nsd(workdir, port)
        try:
            replies = capture(port)
        finally:
            nsd.terminate()
            nsd.wait()
    seeds = dict(replies)
    seeds.update(hostile(replies))
    os.makedirs(target, exist_ok=True)
    for name, data in sorted(seeds.items()):
        with open(os.path.join(target, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(seeds)} seeds to {target}")


if __name__ == "__main__":
    main()
