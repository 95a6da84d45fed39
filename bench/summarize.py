#!/usr/bin/env python3
"""Turns the measurements bench/run left in its work folder into the figures of docs/BENCHMARKS.md.

Prints a Markdown section; with --doc, also puts it between the markers of that file, so the
hand-written analysis around it stays as it is.

Usage: summarize.py --work FOLDER --library FOLDER --command TEXT [--samples JSON] [--doc FILE]
"""

import argparse
import csv
import json
import math
import re
import statistics
from collections import Counter
from pathlib import Path

BEGIN = "<!-- bench:begin (written by bench/run; edits inside are overwritten) -->"
END = "<!-- bench:end -->"
PROGRESS = re.compile(r"^\[\d+/\d+[^\]]*\] (\S+): \d+ files? in ([\d.]+) s")
FORMATS = ["html", "pdf", "large-print-pdf", "docx", "large-print-docx"]
# What HandoutBuilder (or FidelityCheck, for the checks) was calling when a sample was taken.
STAGES = {
    "HandoutParser": "parse Markdown",
    "HtmlRenderer": "render HTML",
    "PdfRenderer": "render PDF (standard and large print)",
    "DocxRenderer": "render DOCX (standard and large print)",
    "PdfUaValidator": "veraPDF PDF/UA-1 validation",
    "PdfOutlineReader": "read back PDF (outline)",
    "PdfGlyphMetrics": "read back PDF (glyph sizes, line spacing)",
    "PdfTagSummary": "read back PDF (tag summary)",
    "DocxOutlineReader": "read back DOCX (outline)",
    "DocxFontSizes": "read back DOCX (font sizes)",
    "HtmlOutlineReader": "read back HTML (outline)",
    "InputFingerprint": "fingerprint inputs (manifest)",
    "ReportJson": "write reports",
    "ReportHtml": "write reports",
}


def percentile(values, fraction):
    """Nearest rank: the smallest value with at least that fraction of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def key_values(path):
    return dict(line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)


class Measurements:
    def __init__(self, work, library):
        self.work = work
        self.library = library
        with open(work / "results.tsv", newline="") as table:
            self.runs = {row["run"]: row for row in csv.DictReader(table, delimiter="\t")}
        self.machine = key_values(work / "machine.txt")
        self.weasyprint = json.loads((work / "weasyprint.json").read_text())
        timings = work / "full-timings.json"
        self.timings = json.loads(timings.read_text()) if timings.exists() else []

    def wall(self, run):
        return float(self.runs[run]["wall_s"])

    def handouts(self, run):
        return int(self.runs[run]["handouts"])

    def cpu(self, run):
        return float(self.runs[run]["cpu_s"])

    def rss_mb(self, run):
        return int(self.runs[run]["peak_rss_kb"]) / 1024

    def per_second(self, run):
        return self.handouts(run) / self.wall(run)

    def median_wall(self, prefix):
        return statistics.median(self.wall(f"{prefix}-{n}") for n in (1, 2, 3))

    def has(self, run):
        return run in self.runs

    def per_handout_seconds(self, run):
        """The seconds each handout's progress line reports (0.1 s resolution)."""
        lines = (self.work / f"{run}.log").read_text(encoding="utf-8").splitlines()
        return [float(m.group(2)) for m in map(PROGRESS.match, lines) if m]

    def format_medians(self):
        """Per format, the median and 95th percentile of render and check milliseconds of the handouts built."""
        by_format = {}
        for handout in self.timings:
            if handout["status"] != "built":
                continue
            for entry in handout["formats"]:
                times = by_format.setdefault(entry["format"], {"render": [], "check": []})
                times["render"].append(entry["renderMillis"])
                times["check"].append(entry["checkMillis"])
        return by_format

    def failures(self):
        return {run: row["exit"] for run, row in self.runs.items() if row["exit"] != "0"}

    def pages(self):
        counts = {"pdf": Counter(), "large-print-pdf": Counter()}
        for report in sorted((self.library / "output").glob("*/report.json")):
            for entry in json.loads(report.read_text(encoding="utf-8"))["formats"]:
                if entry["format"] in counts:
                    counts[entry["format"]][entry["pages"]] += 1
        return counts

    def failed_checks(self):
        """Per format, how many handouts of the full run failed its check."""
        failed = Counter()
        for report in sorted((self.library / "output").glob("*/report.json")):
            for entry in json.loads(report.read_text(encoding="utf-8"))["formats"]:
                if entry.get("checked") and not entry.get("passed", True):
                    failed[entry["format"]] += 1
        return failed

    def weasyprint_audit(self):
        path = self.work / "weasyprint-audit.log"
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "veraPDF" in line]
        return lines[0].strip() if lines else "(no veraPDF line in the audit output)"


def stage_of(frames, thread):
    """The stage a sample belongs to: the callee of HandoutBuilder, or of FidelityCheck within it."""
    names = [f["method"]["type"]["name"].replace("/", ".") for f in frames]
    simple = [name.rsplit(".", 1)[-1].split("$")[0] for name in names]
    builder = next((i for i, name in enumerate(simple) if name == "HandoutBuilder"), None)
    if builder is not None and frames[builder]["method"]["name"] == "<init>":
        return "batch set-up (renderers, stylesheets, checks)"
    if builder is None:
        return "JVM start, CLI and batch set-up (main thread)" if thread == "main" else f"outside any handout ({thread})"
    check = next((i for i, name in enumerate(simple[:builder]) if name == "FidelityCheck"), None)
    top = check if check is not None else builder
    callee = next((simple[i] for i in range(top - 1, -1, -1)
                   if names[i].startswith("org.handout.") and simple[i] not in ("HandoutBuilder", "FidelityCheck")), None)
    if callee is None:
        return "fidelity check (own code)" if check is not None else "build step (own code)"
    return STAGES.get(callee, callee)


def stages(samples_path):
    events = json.loads(samples_path.read_text())["recording"]["events"]
    counts = Counter()
    hot = Counter()
    for event in events:
        values = event["values"]
        frames = (values.get("stackTrace") or {}).get("frames") or []
        thread = (values.get("sampledThread") or {}).get("javaName") or "?"
        counts[stage_of(frames, thread)] += 1
        if frames:
            hot[frames[0]["method"]["type"]["name"].replace("/", ".") + "." + frames[0]["method"]["name"]] += 1
    return counts, hot


def verdict(met):
    return "**met**" if met else "**missed**"


def markdown(m, command, samples):
    n = m.handouts("full")
    lines = [BEGIN, "", f"Measured {m.machine['date']} at commit `{m.machine['commit']}` with `{command}`.", ""]
    lines += ["| machine | |", "| --- | --- |",
              f"| cores (`nproc`) | {m.machine['cores']} |",
              f"| memory (`free -g`) | {m.machine['memory']} |",
              f"| CPU | {m.machine['cpu']} |",
              f"| Java (as `./handout` chose it) | {m.machine['java']}; {m.machine.get('java_runtime', '')}; "
              f"{m.machine.get('java_archive', 'class-data archive')} |",
              f"| load average (1, 5, 15 min) before / after | {m.machine['load_before']} / {m.machine.get('load_after', '?')} |",
              f"| WeasyPrint | {m.weasyprint['version']} (Debian package), `write_pdf(variant='{m.weasyprint['variant']}')` |",
              ""]
    pages = m.pages()
    lines += [f"Library: {n} generated handouts (`bench/generate_library.py`). Pages per handout, standard PDF: "
              + ", ".join(f"{p} p × {c}" for p, c in sorted(pages["pdf"].items()))
              + "; large-print PDF: " + ", ".join(f"{p} p × {c}" for p, c in sorted(pages["large-print-pdf"].items())) + ".", ""]

    lines += ["Every run below is a separate `./handout build` process (cold JVM, jar already built, the "
              f"launcher's {m.machine.get('java_archive', 'class-data archive')} recorded by the first row); wall time by "
              "the clock, peak memory from `/usr/bin/time -v` (maximum resident set size).", "",
              "| run | handouts | wall | handouts/s | CPU (user + sys) | peak RSS |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    described = [
        ("record", "one handout, first build after the jar (records the archive; not a target)"),
        ("single-1", "one handout (the seed), cold start, attempt 1"), ("single-2", "one handout, attempt 2"),
        ("single-3", "one handout, attempt 3"),
        ("full", "full set, checks on, default `--jobs`"), ("full-jobs-1", "full set, checks on, `--jobs 1`"),
        ("incremental", "nothing changed (incremental)"), ("touched", "one source's mtime touched"),
        ("edited", "one source edited (one handout rebuilt)"),
    ] + [(f"only-{f}", f"`--formats {f} --no-check`") for f in FORMATS] + [
        ("only-pdf-jobs-1", "`--formats pdf --no-check --jobs 1`"),
        ("weasyprint", "WeasyPrint PDF/UA-1, one Python process (whole process)"),
        ("memory", "full set, checks on, for peak memory"),
        ("profiled", "first handouts under JFR (not a speed figure)"),
    ]
    for run, label in described:
        if m.has(run):
            lines.append(f"| {label} | {m.handouts(run)} | {m.wall(run):.2f} s | {m.per_second(run):.2f} | {m.cpu(run):.1f} s "
                         f"| {m.rss_mb(run):.0f} MB |")
    failed = m.failed_checks()
    if failed:
        lines += ["", "Handouts of the full run that failed a check, by format: "
                  + ", ".join(f"{f} {c}" for f, c in failed.most_common())
                  + ". A later build with nothing changed reports them again from their last report (exit code 1) "
                  "without rebuilding them."]
    lines += ["", f"JVM start alone (`./handout --version`, median of 3): {m.median_wall('startup'):.2f} s, "
              f"peak {m.rss_mb('startup-1'):.0f} MB.", ""]

    medians = m.format_medians()
    if medians:
        built = sum(1 for handout in m.timings if handout["status"] == "built")
        lines += [f"Per format, per handout, in the full run (its `--timings` file, the {built} handouts it built): "
                  "render is writing the file, check is reading it back and validating it; the formats of a "
                  "handout run side by side and two handouts at once (default `--jobs`), so these are times on a "
                  "shared CPU, not CPU time.", "",
                  "| format | render median | render p95 | check median | check p95 |",
                  "| --- | ---: | ---: | ---: | ---: |"]
        for f, times in medians.items():
            lines.append(f"| {f} | {statistics.median(times['render']):.0f} ms | {percentile(times['render'], 0.95):.0f} ms "
                         f"| {statistics.median(times['check']):.0f} ms | {percentile(times['check'], 0.95):.0f} ms |")
        lines.append("")
    lines += ["Each format alone, unchecked, in its own cold run; milliseconds = wall ÷ handouts, so JVM start and "
              "parsing are spread over the handouts.", "",
              "| format | ms per handout (amortised) |", "| --- | ---: |"]
    for f in FORMATS:
        lines.append(f"| {f} | {m.wall('only-' + f) * 1000 / m.handouts('only-' + f):.0f} |")
    lines.append("")

    full = m.per_handout_seconds("full")
    jobs1 = m.per_handout_seconds("full-jobs-1")
    wp = m.weasyprint["milliseconds"]
    lines += ["Per handout, median and 95th percentile: handout's figures are the seconds each progress line "
              "prints (0.1 s resolution; all five formats with their checks; with the default `--jobs` two "
              "handouts share the CPU); WeasyPrint's are timed around each `write_pdf` call.", "",
              "| per handout | median | p95 |", "| --- | ---: | ---: |",
              f"| handout, full set, default `--jobs` | {statistics.median(full) * 1000:.0f} ms | {percentile(full, 0.95) * 1000:.0f} ms |",
              f"| handout, full set, `--jobs 1` | {statistics.median(jobs1) * 1000:.0f} ms | {percentile(jobs1, 0.95) * 1000:.0f} ms |",
              f"| WeasyPrint, PDF/UA-1 only | {statistics.median(wp):.0f} ms | {percentile(wp, 0.95):.0f} ms |", ""]

    wp_rate = m.weasyprint["documents"] / m.weasyprint["seconds"]
    pdf_rate = m.per_second("only-pdf")
    pdf_rate_1 = m.per_second("only-pdf-jobs-1")
    lines += [f"WeasyPrint in-process: {wp_rate:.2f} PDF/UA documents per second (the loop only, after import; the "
              f"whole Python process took {m.wall('weasyprint'):.1f} s). Its first PDF, audited by `./handout audit`: "
              f"{m.weasyprint_audit()}", "",
              f"Ratio, standard PDF/UA-1 alone: handout {pdf_rate:.2f}/s (whole process, default `--jobs`, "
              f"{m.machine['cores']} cores) ÷ WeasyPrint {wp_rate:.2f}/s (one core) = **{pdf_rate / wp_rate:.2f}×**; "
              f"with `--jobs 1`, one core against one core: {pdf_rate_1:.2f}/s = **{pdf_rate_1 / wp_rate:.2f}×**.", "",
              f"The same per CPU second, which other users of a shared machine disturb less than the clock: handout "
              f"`--jobs 1` {m.handouts('only-pdf-jobs-1') / m.cpu('only-pdf-jobs-1'):.2f} PDFs per CPU second (JVM start "
              f"included), WeasyPrint {m.handouts('weasyprint') / m.cpu('weasyprint'):.2f} (Python start included): "
              f"**{(m.handouts('only-pdf-jobs-1') / m.cpu('only-pdf-jobs-1')) / (m.handouts('weasyprint') / m.cpu('weasyprint')):.2f}×**.", ""]

    wp_process = m.per_second("weasyprint")
    full_rate = m.per_second("full")
    full_per_cpu = n / m.cpu("full")
    wp_per_cpu = m.handouts("weasyprint") / m.cpu("weasyprint")
    single = m.median_wall("single")
    lines += ["Issue 18's targets. The ratio puts the whole full-set process (every format, every check, default "
              "`--jobs`) against the whole WeasyPrint process (standard PDF/UA-1 only, unchecked, one Python process).", "",
              "| target | figure | verdict |", "| --- | --- | --- |",
              f"| full set ≥ 4 handouts/s, N = {n} | {full_rate:.2f}/s | {verdict(full_rate >= 4)} |",
              f"| full set at least as fast as WeasyPrint's PDF/UA-1 alone (ratio ≥ 1.0) | {full_rate / wp_process:.2f} "
              f"({full_rate:.2f}/s vs {wp_process:.2f}/s) | {verdict(full_rate >= wp_process)} |",
              f"| the same per CPU second (the issue asks to report it) | {full_per_cpu / wp_per_cpu:.2f} "
              f"({full_per_cpu:.2f} vs {wp_per_cpu:.2f} handouts per CPU second) | reported: "
              f"{'at or above' if full_per_cpu >= wp_per_cpu else 'below'} parity |",
              f"| one handout from a cold start < 2 s | {single:.2f} s (median of 3) | {verdict(single < 2)} |",
              f"| nothing changed, N = {n}, < 1 s | {m.wall('incremental'):.2f} s | {verdict(m.wall('incremental') < 1)} |"]
    if m.has("memory"):
        mem_n = m.handouts("memory")
        growth = (m.rss_mb("memory") - m.rss_mb("full")) / (mem_n - n) if mem_n != n else 0.0
        lines.append(f"| peak memory < 600 MB, N = {mem_n}, flat | {m.rss_mb('memory'):.0f} MB; {m.rss_mb('full'):.0f} MB at "
                     f"N = {n}: {growth:+.3f} MB per handout between the two | {verdict(m.rss_mb('memory') < 600)} |")
    else:
        lines.append(f"| peak memory < 600 MB, N = 1,000, flat | not run (`--memory-count 1000`); N = {n}: "
                     f"{m.rss_mb('full'):.0f} MB | not measured |")
    lines += ["", f"Issue 8's target, standard PDF/UA-1 alone ≥ 5× WeasyPrint: {pdf_rate / wp_rate:.2f}× "
              f"({pdf_rate:.1f}/s vs {wp_rate:.2f}/s), {verdict(pdf_rate >= 5 * wp_rate)}.", ""]

    if m.failures():
        lines += ["Runs that exited non-zero (a handout failed its checks or the build failed): "
                  + ", ".join(f"{run} ({code})" for run, code in m.failures().items()) + ".", ""]

    if samples is not None:
        counts, hot = stages(samples)
        total = sum(counts.values())
        lines += [f"Where the time goes: JFR execution samples of the profiled build ({m.handouts('profiled')} handouts, {total} samples of "
                  "Java threads; JIT compilation and GC threads are not sampled), by what the build was doing.", "",
                  "| stage | samples | share |", "| --- | ---: | ---: |"]
        for stage, c in counts.most_common():
            lines.append(f"| {stage} | {c} | {100 * c / total:.1f} % |")
        lines += ["", "Hottest methods (top frame of the samples):", "", "| method | samples |", "| --- | ---: |"]
        for method, c in hot.most_common(12):
            lines.append(f"| `{method}` | {c} |")
        lines.append("")
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_into(doc, section):
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        text = text[:start] + section + text[end + len(END) + 1:]
    doc.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--library", type=Path, required=True)
    parser.add_argument("--command", required=True)
    parser.add_argument("--samples", type=Path)
    parser.add_argument("--doc", type=Path)
    args = parser.parse_args()
    section = markdown(Measurements(args.work, args.library), args.command, args.samples)
    print(section)
    if args.doc:
        write_into(args.doc, section)


if __name__ == "__main__":
    main()
