#!/usr/bin/env python3
"""Turns HTML files into PDF/UA-1 with WeasyPrint, one after the other in this one process.

The yardstick for handout's PDF throughput: the same handouts' HTML, WeasyPrint's own PDF/UA
mode, no process start per document. Writes the WeasyPrint version and each document's
milliseconds as JSON.

Usage: weasyprint_pdfua.py --out FOLDER --timings FILE.json HTML...
"""

import argparse
import json
import time
from pathlib import Path

import weasyprint


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PDFs")
    parser.add_argument("--timings", type=Path, required=True, help="JSON file for version and timings")
    parser.add_argument("html", type=Path, nargs="+")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    milliseconds = []
    started = time.perf_counter()
    for html in args.html:
        begin = time.perf_counter()
        weasyprint.HTML(filename=str(html)).write_pdf(str(args.out / (html.stem + ".pdf")), variant="pdf/ua-1")
        milliseconds.append((time.perf_counter() - begin) * 1000)
    total = time.perf_counter() - started
    args.timings.write_text(json.dumps({
        "version": weasyprint.__version__,
        "variant": "pdf/ua-1",
        "documents": len(milliseconds),
        "seconds": total,
        "milliseconds": milliseconds,
    }, indent=1))


if __name__ == "__main__":
    main()
