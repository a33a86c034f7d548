#!/usr/bin/env python3
"""Speed and agreement side by side with the established SPF implementations (started by `scripts/bench peers`).

For each batch size it generates a world (generate_world.py), serves it with a real NSD on loopback (rate limiting
off) and runs the same queries, each implementation as one fresh process for the whole batch (cold cache):
  ours     spfmanager-cli check-host --batch FILE --server 127.0.0.1:PORT
  pyspf    python3-spf through adapters/pyspf_batch.py (dnspython's default resolver pointed at the server)
  Mail::SPF libmail-spf-perl through adapters/mailspf_batch.pl (a Net::DNS resolver with nameserver and port)
  libspf2  spfquery -file, which only uses the system resolver: it runs in a network namespace of its own, with a
           second NSD on 127.0.0.1:53 inside and /etc/netns/NAME/resolv.conf naming it (needs root)
(mailauth is a Node.js library not packaged in Debian: not run.)
It prints each one's wall time, ms a query, its ratio to ours and how often its results agree with ours, and lists
every disagreement grouped by the generated fault, with the RFC 7208 suite case that rules on it and the result the
suite's reading expects (the generator's intended result). The full list goes to disagreements-N.tsv.

Usage: run_peers.py --cli PATH [--queries N ...] [--workdir DIR] [--only NAME ...] [--seed S]
"""

import argparse
import atexit
import os
import random
import resource
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import generate_world  # noqa: E402

RESULTS = {"pass", "fail", "softfail", "neutral", "none", "permerror", "temperror"}
SYSTEM_PYTHON = "/usr/bin/python3"  # where Debian's python3-spf is importable, whatever python3 is first on PATH


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------------------
# NSD

def free_port():
    for _ in range(20):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 0))
        port = udp.getsockname()[1]
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            tcp.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
        finally:
            tcp.close()
            udp.close()
    raise RuntimeError("no free port on 127.0.0.1")


def nsd_binary():
    for d in os.environ.get("PATH", "").split(os.pathsep) + ["/usr/sbin", "/usr/local/sbin", "/sbin"]:
        p = os.path.join(d, "nsd")
        if os.access(p, os.X_OK):
            return p
    raise RuntimeError("nsd is not installed (Debian package nsd)")


def write_nsd_conf(directory, world, port):
    """An NSD config in directory serving the world's zone files on 127.0.0.1@port, every state file inside."""
    os.makedirs(directory, exist_ok=True)
    zones_dir = os.path.join(world, "zones")
    with open(os.path.join(world, "zones.txt"), encoding="ascii") as f:
        origins = [line.strip() for line in f if line.strip()]
    conf = [
        "server:",
        "  ip-address: 127.0.0.1@%d" % port,
        "  do-ip4: yes",
        "  do-ip6: no",
        '  username: ""',
        '  chroot: ""',
        '  database: ""',
        "  server-count: 1",
        "  verbosity: 1",
        # Debian's NSD answers 200 queries a second per source by default and drops the rest: off for a benchmark.
        "  rrl-ratelimit: 0",
        "  rrl-whitelist-ratelimit: 0",
        '  zonelistfile: "%s/zone.list"' % directory,
        '  xfrdfile: "%s/xfrd.state"' % directory,
        '  xfrdir: "%s"' % directory,
        '  pidfile: "%s/nsd.pid"' % directory,
        '  logfile: "%s/nsd.log"' % directory,
        "remote-control:",
        "  control-enable: no",
    ]
    for origin in origins:
        conf += ["zone:", '  name: "%s."' % origin, '  zonefile: "%s/%s.zone"' % (zones_dir, origin)]
    path = os.path.join(directory, "nsd.conf")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(conf) + "\n")
    return path, origins[-1]  # zones load in order: the last one answers last


def soa_query(name):
    qid = random.randrange(65536)
    header = struct.pack(">HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    qname = b"".join(bytes([len(p)]) + p.encode("ascii") for p in name.split(".") if p) + b"\0"
    return qid, header + qname + struct.pack(">HH", 6, 1)


def answers(port, name, timeout=0.05):
    """Whether the server answers the zone's SOA with NOERROR (SERVFAIL means it did not load the zone)."""
    qid, packet = soa_query(name)
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(timeout)
    try:
        s.sendto(packet, ("127.0.0.1", port))
        reply, _ = s.recvfrom(4096)
        return len(reply) >= 12 and struct.unpack(">H", reply[:2])[0] == qid and reply[3] & 0x0F == 0
    except OSError:
        return False
    finally:
        s.close()


def wait_ready(proc, probe, what, log_path):
    deadline = time.monotonic() + 60  # thousands of zones take NSD a few seconds to load
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("%s exited with %s:\n%s" % (what, proc.returncode, read_tail(log_path)))
        if probe():
            return
        time.sleep(0.02)
    raise RuntimeError("%s did not answer within 60 s:\n%s" % (what, read_tail(log_path)))


def read_tail(path):
    try:
        with open(path, errors="replace") as f:
            return f.read()[-3000:]
    except OSError:
        return "(no log)"


class Cleanup:
    """Everything to undo, undone in reverse order at exit, on an exception or on SIGINT/SIGTERM."""

    def __init__(self):
        self.steps = []
        atexit.register(self.run)
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, self._on_signal)

    def add(self, what, fn):
        self.steps.append((what, fn))
        return len(self.steps) - 1

    def run_one(self, index):
        what, fn = self.steps[index]
        self.steps[index] = (what, None)
        if fn:
            try:
                fn()
            except Exception as e:  # cleanup goes on whatever one step says
                log("cleanup: %s: %s" % (what, e))

    def run(self):
        for i in reversed(range(len(self.steps))):
            self.run_one(i)

    def _on_signal(self, signum, _frame):
        self.run()
        sys.exit(128 + signum)


def stop_process(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def start_nsd(cleanup, world, directory, port, netns=None):
    conf, last_origin = write_nsd_conf(directory, world, port)
    cmd = [nsd_binary(), "-d", "-c", conf]
    if netns:
        cmd = ["ip", "netns", "exec", netns] + cmd
    out = open(os.path.join(directory, "nsd.out"), "w")
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    cleanup.add("stop NSD (%s)" % (netns or "loopback"), lambda: stop_process(proc))
    if netns:
        probe = lambda: subprocess.run(  # noqa: E731
            ["ip", "netns", "exec", netns, sys.executable, os.path.abspath(__file__), "--probe", str(port),
             last_origin], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    else:
        probe = lambda: answers(port, last_origin)  # noqa: E731
    wait_ready(proc, probe, "NSD" + (" in netns " + netns if netns else ""), os.path.join(directory, "nsd.log"))
    return proc


def setup_netns(cleanup, name):
    """A network namespace with loopback up and its own resolv.conf naming 127.0.0.1 (NSD runs there on port 53)."""
    if os.geteuid() != 0:
        raise RuntimeError("libspf2 runs in a network namespace, which needs root")
    subprocess.run(["ip", "netns", "add", name], check=True)
    cleanup.add("delete netns " + name, lambda: subprocess.run(["ip", "netns", "delete", name], check=False))
    etc = os.path.join("/etc/netns", name)
    made_parent = not os.path.isdir("/etc/netns")
    os.makedirs(etc, exist_ok=True)

    def remove_etc():
        shutil.rmtree(etc, ignore_errors=True)
        if made_parent:
            try:
                os.rmdir("/etc/netns")  # only when we made it and nobody else put a namespace there meanwhile
            except OSError:
                pass

    cleanup.add("remove " + etc, remove_etc)
    with open(os.path.join(etc, "resolv.conf"), "w", encoding="ascii") as f:
        f.write("nameserver 127.0.0.1\n")
    subprocess.run(["ip", "-n", name, "link", "set", "lo", "up"], check=True)


# --------------------------------------------------------------------------------------------------------------
# The implementations. Each returns (wall seconds, [result per query]); CPU seconds go to CPU_SECONDS.

CPU_SECONDS = {}


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, stdout_path, any_exit=False):
    with open(stdout_path, "wb") as out:
        cpu = children_cpu()
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        CPU_SECONDS[stdout_path] = children_cpu() - cpu
    if proc.returncode != 0 and not (any_exit and 0 < proc.returncode < 128):
        raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), proc.returncode, proc.stderr.decode()[-2000:]))
    with open(stdout_path, encoding="utf-8", errors="replace") as f:
        return wall, f.read()


def first_words(text, count):
    words = [line.split(" ", 1)[0].strip().lower() for line in text.splitlines()]
    words = [w for w in words if w]
    if len(words) != count:
        raise RuntimeError("expected %d result lines, got %d" % (count, len(words)))
    return words


def run_ours(args, world, port, n):
    wall, text = timed([args.cli, "check-host", "--batch", os.path.join(world, "queries.txt"), "--server",
                        "127.0.0.1:%d" % port], os.path.join(world, "out-ours.txt"))
    return wall, first_words(text, n)


def run_pyspf(args, world, port, n):
    wall, text = timed([args.python, os.path.join(HERE, "adapters", "pyspf_batch.py"), "127.0.0.1", str(port),
                        os.path.join(world, "queries.txt")], os.path.join(world, "out-pyspf.txt"))
    return wall, first_words(text, n)


def run_mailspf(args, world, port, n):
    wall, text = timed(["perl", os.path.join(HERE, "adapters", "mailspf_batch.pl"), "127.0.0.1", str(port),
                        os.path.join(world, "queries.txt")], os.path.join(world, "out-mailspf.txt"))
    return wall, first_words(text, n)


def parse_spfquery(text, n):
    """spfquery -file prints per query an optional StartError..EndError block, then four lines: the result, the SMTP
    comment, the header comment and Received-SPF (the last three empty when the record did not compile)."""
    results = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if lines[i] == "StartError":
            while i < len(lines) and lines[i] != "EndError":
                i += 1
            i += 1
            continue
        if i + 3 >= len(lines) and not lines[i]:
            break
        # "(invalid)" is libspf2's SPF_RESULT_INVALID: it printed no verdict because the record did not compile.
        results.append(lines[i].strip().lower().strip("()"))
        i += 4
    if len(results) != n:
        raise RuntimeError("expected %d results from spfquery, got %d" % (n, len(results)))
    return results


def run_libspf2(args, world, cleanup, n):
    name = "spfbench%d" % os.getpid()
    first = len(cleanup.steps)
    setup_netns(cleanup, name)
    start_nsd(cleanup, world, os.path.join(world, "nsd-netns"), 53, netns=name)
    batch = os.path.join(world, "queries-spfquery.txt")
    with open(os.path.join(world, "queries.txt"), encoding="ascii") as f, open(batch, "w", encoding="ascii") as o:
        for line in f:
            ip, sender, helo = line.split()
            if sender == "<>":
                sender = "postmaster@" + helo
            o.write("%s %s %s\n" % (ip, sender, helo))
    try:
        wall, text = timed(["ip", "netns", "exec", name, args.spfquery, "-file", batch],
                           os.path.join(world, "out-libspf2.txt"), any_exit=True)  # exit code = last result
    finally:
        # Tear the namespace down now (not only at exit): the next batch size makes its own.
        for i in reversed(range(first, len(cleanup.steps))):
            cleanup.run_one(i)
    return wall, parse_spfquery(text, n)


# --------------------------------------------------------------------------------------------------------------
# Comparison

def load_expected(world):
    rows = []
    with open(os.path.join(world, "expected.tsv"), encoding="ascii") as f:
        for line in f:
            expected, kind, domain, cat = line.rstrip("\n").split("\t")
            rows.append({"expected": expected, "kind": kind, "domain": domain, "cat": cat})
    with open(os.path.join(world, "queries.txt"), encoding="ascii") as f:
        for row, line in zip(rows, f):
            row["query"] = line.strip()
    return rows


def suite_case(kind):
    cases = [generate_world.SUITE.get(k, ("?", "?"))[0] for k in kind.split("+")]
    return " + ".join(c for c in cases if c != "-") or "-"


def verdict(ours, theirs, expected):
    if ours == expected and theirs != expected:
        return "ours right"
    if theirs == expected and ours != expected:
        return "peer right"
    if ours != expected and theirs != expected:
        return "both wrong"
    return "?"


def report(n, rows, timings, results, cpu, out_dir, targets):
    ours_wall = timings.get("ours")
    print()
    print("== %d queries (%d distinct sender domains, faults mixed in); each a fresh process, cold cache ==" %
          (n, len({r["domain"] for r in rows})))
    print("(load average %.1f on %d CPUs: under load wall times are inflated; CPU s is each process's own user+sys)"
          % (os.getloadavg()[0], os.cpu_count()))
    print("%-10s %8s %10s %10s %12s %11s %12s %10s" % ("impl", "queries", "wall s", "ms/query", "ratio/ours",
                                                       "agree %", "= expected", "CPU s"))
    for name, wall in timings.items():
        res = results[name]
        agree = sum(1 for a, b in zip(res, results["ours"]) if a == b) if "ours" in results else n
        right = sum(1 for a, r in zip(res, rows) if a == r["expected"])
        ratio = "%.2f" % (wall / ours_wall) if ours_wall else "-"
        print("%-10s %8d %10.3f %10.4f %12s %10.2f%% %12d %10.3f" % (
            name, n, wall, 1000 * wall / n, ratio, 100.0 * agree / n, right, cpu[name]))
    if "ours" not in results:
        return
    ours = results["ours"]
    wrong = [(i, r) for i, r in enumerate(rows) if ours[i] != r["expected"]]
    print("ours vs the generator's intent (the suite's reading): %d of %d differ" % (len(wrong), n))
    path = os.path.join(out_dir, "disagreements-%d.tsv" % n)
    with open(path, "w", encoding="utf-8") as f:
        f.write("impl\tline\tquery\tours\tpeer\texpected\tfault\tsuite_case\tverdict\n")
        for i, r in wrong:
            f.write("intent\t%d\t%s\t%s\t-\t%s\t%s\t%s\tours wrong\n" % (i + 1, r["query"], ours[i], r["expected"],
                                                                       r["kind"], suite_case(r["kind"])))
        for name, res in results.items():
            if name == "ours":
                continue
            groups = {}
            for i, r in enumerate(rows):
                if res[i] != ours[i]:
                    key = (r["kind"], ours[i], res[i], r["expected"])
                    groups.setdefault(key, []).append(i)
                    f.write("%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
                        name, i + 1, r["query"], ours[i], res[i], r["expected"], r["kind"], suite_case(r["kind"]),
                        verdict(ours[i], res[i], r["expected"])))
            total = sum(len(v) for v in groups.values())
            print("-- %s disagrees with ours on %d queries:" % (name, total))
            for (kind, o, t, e), idx in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
                print("   %5d  %-28s ours %-9s %-9s %-9s suite expects %-9s -> %s [%s]; e.g. line %d: %s" % (
                    len(idx), kind, o, name, t, e, verdict(o, t, e), suite_case(kind), idx[0] + 1,
                    rows[idx[0]]["query"]))
    print("(full list: %s)" % path)
    if targets:
        checks = []
        if "libspf2" in timings:
            checks.append(("wall <= 1/2 of libspf2", ours_wall <= 0.5 * timings["libspf2"],
                           "%.3f s vs %.3f s" % (ours_wall, 0.5 * timings["libspf2"])))
        if "pyspf" in timings:
            checks.append(("wall <= 1/20 of pyspf", ours_wall <= timings["pyspf"] / 20,
                           "%.3f s vs %.3f s" % (ours_wall, timings["pyspf"] / 20)))
            py = results["pyspf"]
            # Where pyspf gets what the suite's reading expects, ours must give the same.
            misses = [i for i, r in enumerate(rows) if py[i] == r["expected"] and ours[i] != py[i]]
            checks.append(("agrees with pyspf wherever pyspf is right", not misses,
                           "%d misses" % len(misses)))
        for what, ok, detail in checks:
            print("target: %-44s %s (%s)" % (what, "MET" if ok else "MISSED", detail))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", help="spfmanager-cli to measure")
    ap.add_argument("--queries", type=int, action="append", help="batch size (repeatable; default 200 and 10000)")
    ap.add_argument("--only", action="append", choices=["ours", "pyspf", "mailspf", "libspf2"])
    ap.add_argument("--seed", type=int, default=7208)
    ap.add_argument("--workdir", help="keep the worlds, outputs and disagreement lists here (default: a temp dir)")
    ap.add_argument("--python", default=SYSTEM_PYTHON, help="python3 that has Debian's python3-spf")
    ap.add_argument("--spfquery", default="spfquery.libspf2")
    ap.add_argument("--probe", nargs=2, metavar=("PORT", "NAME"), help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.probe:  # run inside the namespace: does NSD answer there yet?
        sys.exit(0 if answers(int(args.probe[0]), args.probe[1]) else 1)
    if not args.cli:
        ap.error("--cli is required")
    args.cli = os.path.abspath(args.cli)
    sizes = args.queries or [200, 10000]
    impls = args.only or ["ours", "pyspf", "mailspf", "libspf2"]

    cleanup = Cleanup()
    # NSD changes directory: every path it is given must be absolute.
    base = os.path.abspath(args.workdir) if args.workdir else tempfile.mkdtemp(prefix="spf-peers-")
    if not args.workdir:
        cleanup.add("remove " + base, lambda: shutil.rmtree(base, ignore_errors=True))
    os.makedirs(base, exist_ok=True)
    print("peers: pyspf (python3-spf), Mail::SPF (libmail-spf-perl), libspf2 (spfquery); mailauth is not in "
          "Debian and is not run")
    for n in sizes:
        world = os.path.join(base, "world-%d" % n)
        shutil.rmtree(world, ignore_errors=True)
        zones, count = generate_world.generate(world, n, args.seed, "127.0.0.1")
        rows = load_expected(world)
        log("world of %d queries, %d zones in %s" % (count, zones, world))
        port = free_port()
        first = len(cleanup.steps)
        start_nsd(cleanup, world, os.path.join(world, "nsd"), port)
        timings, results = {}, {}
        for name in impls:
            log("running %s on %d queries" % (name, n))
            if name == "ours":
                wall, res = run_ours(args, world, port, n)
            elif name == "pyspf":
                wall, res = run_pyspf(args, world, port, n)
            elif name == "mailspf":
                wall, res = run_mailspf(args, world, port, n)
            else:
                wall, res = run_libspf2(args, world, cleanup, n)
            timings[name] = wall
            log("  %s: %.3f s" % (name, wall))
            results[name] = res
        for i in reversed(range(first, len(cleanup.steps))):
            cleanup.run_one(i)
        cpu = {name: CPU_SECONDS.get(os.path.join(world, "out-%s.txt" % name), 0.0) for name in timings}
        report(n, rows, timings, results, cpu, base, targets=n >= 10000)
    if args.workdir:
        print("worlds and outputs kept in %s" % base)


if __name__ == "__main__":
    main()
