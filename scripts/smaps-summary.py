#!/usr/bin/env python3
"""Where a launch's PSS is: sums the smaps that `SMAPS_DIR=DIR
scripts/measure-startup.sh` kept, by process and mapping (the binary, each
library, fonts, the heap, anonymous memory), as the median over the runs, the
baseline's beside Briefdesk's.

Usage: scripts/smaps-summary.py DIR [TOP]
"""
import collections
import os
import re
import statistics
import sys


def mappings(path):
    """Pss in KiB per mapping name of one smaps file."""
    out = collections.Counter()
    name = None
    with open(path) as f:
        for line in f:
            if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
                parts = line.split(None, 5)
                name = parts[5].strip() if len(parts) > 5 else "[anon]"
                if name.startswith("/memfd:"):
                    name = "[memfd]"
            elif line.startswith("Pss:") and name is not None:
                out[name] += int(line.split()[1])
    return out


def category(name):
    base = os.path.basename(name)
    if name.startswith("["):
        return name
    if re.search(r"\.(ttf|otf|ttc|woff2?)$", base):
        return "fonts"
    if "icu" in base or base.endswith(".dat"):
        return "icu data"
    return base


def main():
    d = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    runs = collections.defaultdict(list)  # (which, proc) -> [Counter]
    for f in sorted(os.listdir(d)):
        m = re.match(r"^(app|base)-(\d+)-(.+)\.smaps$", f)
        if not m:
            continue
        c = collections.Counter()
        for name, kib in mappings(os.path.join(d, f)).items():
            c[category(name)] += kib
        runs[(m.group(1), m.group(3))].append(c)
    procs = sorted({p for _, p in runs})
    pairs = collections.defaultdict(dict)
    for (which, proc), cs in runs.items():
        pairs[which][proc] = cs
    def med(cs, k):
        return statistics.median(c.get(k, 0) for c in cs) / 1024
    # Pair the app's processes with the baseline's by their role.
    role = lambda p: "main" if p == "briefdesk-app" or p.startswith("startup-basel") else p
    by_role = collections.defaultdict(dict)
    for which in pairs:
        for proc, cs in pairs[which].items():
            by_role[role(proc)][which] = cs
    for r, sides in sorted(by_role.items()):
        keys = set()
        for cs in sides.values():
            for c in cs:
                keys |= set(c)
        a = sides.get("app", [collections.Counter()])
        b = sides.get("base", [collections.Counter()])
        tot_a = statistics.median(sum(c.values()) for c in a) / 1024
        tot_b = statistics.median(sum(c.values()) for c in b) / 1024
        print(f"{r}: Briefdesk {tot_a:.1f} MiB, baseline {tot_b:.1f} MiB, difference {tot_a - tot_b:+.1f}")
        rows = sorted(keys, key=lambda k: -abs(med(a, k) - med(b, k)))[:top]
        for k in rows:
            print(f"  {k[:48]:<48} {med(a, k):7.1f} {med(b, k):7.1f} {med(a, k) - med(b, k):+7.1f}")
        print()


if __name__ == "__main__":
    main()
