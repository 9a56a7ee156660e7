#!/usr/bin/env python3
"""Reads the statistics table of a Gatling report (index.html) and prints one line per group or request:
name, OK count, KO count, p50, p95, p99 and max in ms. Usage: gatling_stats.py REPORT_DIR"""
import html
import re
import sys

COLUMNS = {2: "total", 3: "ok", 4: "ko", 8: "p50", 10: "p95", 11: "p99", 12: "max"}


def rows(index_html):
    for match in re.finditer(r'<tr id="(group|req)_[^"]*" data-parent="[^"]*">(.*?)</tr>', index_html, re.S):
        kind, body = match.group(1), match.group(2)
        name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', body).group(1))
        values = {COLUMNS[int(col)]: value
                  for col, value in re.findall(r'<td class="value [a-z ]*col-(\d+)">([^<]*)</td>', body)
                  if int(col) in COLUMNS}
        yield kind, name, values


if __name__ == "__main__":
    report = open(sys.argv[1] + "/index.html", encoding="utf-8").read()
    for kind, name, v in rows(report):
        print("\t".join([kind, name, v["ok"], v["ko"], v["p50"], v["p95"], v["p99"], v["max"]]))
