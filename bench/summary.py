#!/usr/bin/env python3
"""The summary of one bench/run.sh: medians of its rounds, the spread, and each figure against its target."""
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

TARGETS = {  # rendered for each request: req/s at least, p99 under 50 ms
    "article": 3000, "home": 1500, "rubric": 2000, "topic": 2000, "person": 2000,
    "search": 1000, "rss": 2000, "api-list": 4000,
}


def ms(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def read(path):
    text = path.read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return {"rps": rps, "p99": ms(p99.group(1)) if p99 else None, "errors": int(errors.group(1)) if errors else 0,
            "text": text}


runs = defaultdict(list)
for path in sorted(Path(sys.argv[1]).glob("*.txt"), key=lambda p: (p.name.rsplit(".", 2)[0], int(p.name.rsplit(".", 2)[1]))):
    runs[path.name.rsplit(".", 2)[0]].append(read(path))


def median(name, key="rps"):
    return statistics.median(r[key] for r in runs[name])


def spread(name):
    values = [r["rps"] for r in runs[name]]
    return f"{min(values):,.0f}–{max(values):,.0f}"


def errors(name):
    n = sum(r["errors"] for r in runs[name])
    return f" ({n} non-2xx)" if n else ""


print(f"\n## Rendered for each request (page cache off), {len(runs['rendered-article'])} rounds\n")
print("| page | req/s (median) | spread | p99 (median) | target | met |")
print("| --- | ---: | ---: | ---: | ---: | --- |")
for page, target in TARGETS.items():
    name = f"rendered-{page}"
    if name not in runs:
        continue
    rps, p99 = median(name), median(name, "p99")
    met = "yes" if rps >= target and p99 < 50 else "**no**"
    print(f"| {page} | {rps:,.0f}{errors(name)} | {spread(name)} | {p99:.1f} ms | ≥ {target:,}, p99 < 50 ms | {met} |")
if "rendered-article-long-tail" in runs:
    name = "rendered-article-long-tail"
    print(f"| article, long tail (every article in turn) | {median(name):,.0f}{errors(name)} | {spread(name)} "
          f"| {median(name, 'p99'):.1f} ms | (as article) | |")

if "first-minute" in runs:
    print("\n## The first minute after a start (page cache on, a kept article, loaded from readiness: after the node's own warm-up)\n")
    print("| seconds after ready | " + " | ".join(f"{i * 10}–{i * 10 + 10}" for i in range(len(runs["first-minute"]))) + " |")
    print("| --- |" + " ---: |" * len(runs["first-minute"]))
    print("| req/s | " + " | ".join(f"{r['rps']:,.0f}" for r in runs["first-minute"]) + " |")
    print("| p99 | " + " | ".join(f"{r['p99']:.1f} ms" for r in runs["first-minute"]) + " |")

print("\n## Kept pages against nginx (same bytes; nginx at 1 and at 2 workers, its better median counts)\n")
print("| encoding | Redaksi req/s | p99 | nginx 1 worker | nginx 2 workers | ratio (medians) | ratio per round | target | met |")
print("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |")
for suffix, target in (("", 0.6), ("-gzip", 0.8)):
    app = f"kept-redaksi{suffix}"
    if app not in runs:
        continue
    one, two = f"kept-nginx-1{suffix}", f"kept-nginx-2{suffix}"
    best = max((one, two), key=median)
    ratio = median(app) / median(best)
    per_round = [a["rps"] / max(n1["rps"], n2["rps"]) for a, n1, n2 in zip(runs[app], runs[one], runs[two])]
    p99 = median(app, "p99")
    met = "yes" if ratio >= target and p99 <= 10 else "**no**"
    print(f"| {'gzip' if suffix else 'identity'} | {median(app):,.0f} ({spread(app)}) | {p99:.1f} ms "
          f"| {median(one):,.0f} ({spread(one)}) | {median(two):,.0f} ({spread(two)}) | {ratio:.2f} "
          f"| {', '.join(f'{r:.2f}' for r in per_round)} | ≥ {target}, p99 ≤ 10 ms | {met} |")

if "beacon" in runs:
    print("\n## The read beacon (every hit a different reader)\n")
    print("| round | hits/s | p99 | sent | counted |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for i, r in enumerate(runs["beacon"], 1):
        sent = re.search(r"beacon hits sent: (\d+)", r["text"]).group(1)
        got = re.search(r"beacon counted: (\d+)", r["text"])
        print(f"| {i} | {r['rps']:,.0f} | {r['p99']:.1f} ms | {int(sent):,} | {int(got.group(1)) if got else 0:,} |")
    print(f"\nmedian {median('beacon'):,.0f} hits/s (target ≥ 30,000, counted exactly)")
