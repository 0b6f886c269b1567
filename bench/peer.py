#!/usr/bin/env python3
"""The Python peer of the teamlint benchmark: the script a controller writes by hand.

For every .xlsx under DIR it reads the four sheets with pandas (openpyxl engine), checks four
rules of CONTRACT.md section 3 and writes an annotated copy with openpyxl:

  SPOF001   an active channel has time from exactly one person, who has no valid deputy
  STAFF001  an active channel's allocated hours are below its required hours - 10 %
            (required = the column, else 5 + posts per week)
  COORD001  time from 2+ departments or 3+ active channels, and no coordinator
  COST001   an active channel with allocated time has a budget that is empty, 0 or "free"

Each flagged cell gets a red fill and a comment; the copy is saved as OUT/NAME.checked.xlsx.
One process, one workbook after the other, like a hand-written script. It knows the column
aliases the corpus uses (English and German) and German number text, and treats each workbook
as one unit (the benchmark corpus has one unit per workbook).

usage: peer.py DIR --out OUT [--limit N]
The last line on stdout is machine-readable:
  peer workbooks=N seconds=S SPOF001=a STAFF001=b COORD001=c COST001=d
"""

import argparse
import os
import re
import sys
import time

import pandas as pd
from openpyxl import load_workbook
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

SHEETS = {
    "units": ["units", "einheiten", "gesellschaften", "organisation", "organization"],
    "staff": ["staff", "mitarbeiter", "personal", "team"],
    "allocation": ["allocation", "time allocation", "zeitaufteilung", "zuordnung", "zeitplanung"],
    "channels": ["channels", "channel plan", "kanäle", "kanalplan"],
}

COLUMNS = {
    "unit": ["unit", "einheit", "gesellschaft", "business unit", "bu"],
    "coordinator": ["coordinator", "koordinator", "koordination"],
    "person": ["person id", "id", "personalnummer", "pers.-nr.", "employee id"],
    "department": ["department", "abteilung", "bereich"],
    "role": ["role", "rolle", "funktion"],
    "weekly": ["weekly hours", "wochenstunden", "vertragsstunden", "hours per week"],
    "deputy": ["deputy", "vertretung", "stellvertretung", "stellvertreter"],
    "channel": ["channel", "kanal"],
    "hours": ["hours per week", "stunden pro woche", "std woche", "wochenstunden"],
    "share": ["share", "anteil", "anteil arbeitszeit", "%"],
    "status": ["status"],
    "posts": ["posts per week", "beiträge pro woche", "posts woche"],
    "required": ["required hours per week", "soll-stunden", "soll stunden", "bedarf std woche"],
    "budget": ["budget", "jahresbudget", "kosten"],
}

COORDINATOR_ROLES = {
    "coordinator", "koordinator", "koordinatorin", "social media coordinator",
    "group coordinator", "konzernkoordinator", "global social media lead",
}
FREE_WORDS = {"free", "kostenlos", "gratis", "umsonst", "none", "keine"}
RED = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")
TOLERANCE = 0.10


def norm(text):
    """Header text as matched: lower case, no (units), no . : - _ /, single blanks."""
    t = re.sub(r"\(.*?\)", "", str(text)).lower()
    t = re.sub(r"[.:\-_/]", " ", t)
    return " ".join(t.split())


ALIASES = {name: {norm(a) for a in names} for name, names in COLUMNS.items()}


def is_blank(v):
    return v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip())


def number(v):
    """A cell as a float (German or English text allowed); (value, percent). None when blank;
    raises ValueError when it is not a number."""
    if is_blank(v):
        return None, False
    if isinstance(v, (int, float)):
        return float(v), False
    s = str(v).strip().lower().replace("\u00a0", "")
    percent = "%" in s
    s = re.sub(r"(%|€|eur|std\.?|stunden|hours|h)\s*$", "", s).replace("%", "").strip()
    s = s.replace(" ", "")
    if not re.fullmatch(r"-?[0-9.,]+", s):
        raise ValueError(v)
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        s = s.replace(grp, "").replace(dec, ".")
    elif dots + commas == 1:
        mark = "." if dots else ","
        whole, frac = s.split(mark)
        s = whole + frac if len(frac) == 3 and whole.strip("0-") else whole + "." + frac
    elif dots + commas > 1:
        s = s.replace(".", "").replace(",", "")
    return float(s), percent


def person_id(v):
    if is_blank(v):
        return None
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def table(frame):
    """Finds the header row (first of 10 with 2+ known names); returns (rows, columns, header
    row index) where columns maps our name to a column position."""
    for r in range(min(10, len(frame))):
        found = {}
        for c, v in enumerate(frame.iloc[r].tolist()):
            if is_blank(v):
                continue
            n = norm(v)
            for name, aliases in ALIASES.items():
                if n in aliases and name not in found:
                    found[name] = c
        if len(found) >= 2:
            return frame.iloc[r + 1 :], found, r
    return frame.iloc[0:0], {}, 0


def get(row, cols, name):
    c = cols.get(name)
    return None if c is None else row[c]


def check(path):
    """Returns findings as (rule, sheet, excel_row, excel_col, message)."""
    frames = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
    sheets = {}
    for real in frames:
        for name, aliases in SHEETS.items():
            if real.strip().lower() in aliases:
                sheets[name] = real
    findings = []

    # Staff.
    rows, cols, _ = table(frames[sheets["staff"]])
    staff = {}
    for _, row in rows.iterrows():
        r = row.tolist()
        pid = person_id(get(r, cols, "person"))
        if pid is None:
            continue
        try:
            weekly = number(get(r, cols, "weekly"))[0]
        except ValueError:
            weekly = None
        staff[pid] = {
            "department": get(r, cols, "department"),
            "role": str(get(r, cols, "role") or "").strip().lower(),
            "weekly": weekly,
            "deputy": person_id(get(r, cols, "deputy")),
        }

    def valid_deputy(pid):
        d = staff.get(pid, {}).get("deputy")
        return d is not None and d != pid and d in staff

    # Allocation: hours and people per channel.
    rows, cols, _ = table(frames[sheets["allocation"]])
    hours = {}
    people = {}
    departments = set()
    for _, row in rows.iterrows():
        r = row.tolist()
        pid = person_id(get(r, cols, "person"))
        channel = get(r, cols, "channel")
        if pid is None or is_blank(channel):
            continue
        key = str(channel).strip().lower()
        try:
            h, _ = number(get(r, cols, "hours"))
            if h is None:
                share, pct = number(get(r, cols, "share"))
                if share is None:
                    continue
                share = share / 100 if pct or share > 1 else share
                weekly = staff.get(pid, {}).get("weekly")
                if weekly is None:
                    continue
                h = share * weekly
        except ValueError:
            continue
        if h <= 0:
            continue
        hours[key] = hours.get(key, 0.0) + h
        people.setdefault(key, set()).add(pid)
        if pid in staff and not is_blank(staff[pid]["department"]):
            departments.add(str(staff[pid]["department"]).strip().lower())

    # Channels.
    sheet = sheets["channels"]
    rows, cols, _ = table(frames[sheet])
    active = 0
    for idx, row in rows.iterrows():
        r = row.tolist()
        channel = get(r, cols, "channel")
        if is_blank(channel):
            continue
        excel_row = idx + 1
        status = str(get(r, cols, "status") or "active").strip().lower()
        if status not in ("active", "aktiv", ""):
            continue
        active += 1
        key = str(channel).strip().lower()
        allocated = hours.get(key, 0.0)
        who = people.get(key, set())
        channel_col = cols["channel"] + 1
        if len(who) == 1:
            (pid,) = who
            if not valid_deputy(pid):
                findings.append(
                    ("SPOF001", sheet, excel_row, channel_col,
                     f"{channel}: all time comes from {pid}, who has no deputy")
                )
        try:
            required = number(get(r, cols, "required"))[0]
            if required is None:
                posts = number(get(r, cols, "posts"))[0] or 0.0
                required = 5.0 + posts
        except ValueError:
            required = None
        if required is not None and allocated < required * (1 - TOLERANCE):
            col = cols.get("required", cols["channel"]) + 1
            findings.append(
                ("STAFF001", sheet, excel_row, col,
                 f"{channel}: {allocated:.1f} h/week allocated, {required:.1f} h required")
            )
        budget = get(r, cols, "budget")
        if allocated > 0:
            free = is_blank(budget) or str(budget).strip().lower() in FREE_WORDS
            if not free:
                try:
                    free = number(budget)[0] == 0
                except ValueError:
                    free = False
            if free:
                col = cols.get("budget", cols["channel"]) + 1
                cost = allocated * 1640 / 38 * 43.40
                findings.append(
                    ("COST001", sheet, excel_row, col,
                     f"{channel}: no budget, but staff time costs {cost:,.0f} a year")
                )

    # COORD001: the unit needs a coordinator.
    coordinator = any(p["role"] in COORDINATOR_ROLES for p in staff.values())
    where = (sheets["staff"], 1, 1)
    if "units" in sheets:
        rows, cols, head = table(frames[sheets["units"]])
        for _, row in rows.head(1).iterrows():
            coordinator = coordinator or person_id(get(row.tolist(), cols, "coordinator")) is not None
        where = (sheets["units"], head + 2, cols.get("unit", 0) + 1)
    if (len(departments) >= 2 or active >= 3) and not coordinator:
        findings.append(("COORD001", *where, "no coordinator for this unit"))
    return findings


def annotate(path, out_path, findings):
    wb = load_workbook(path)
    for rule, sheet, row, col, message in findings:
        cell = wb[sheet].cell(row=row, column=col)
        cell.fill = RED
        text = f"ERROR {rule}\n{message}"
        if cell.comment is not None:
            text = cell.comment.text + "\n\n" + text
        cell.comment = Comment(text, "peer")
    wb.save(out_path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir")
    parser.add_argument("--out", required=True)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    paths = sorted(
        os.path.join(d, f)
        for d, _, files in os.walk(args.dir)
        for f in files
        if f.lower().endswith(".xlsx") and not f.startswith("~$")
    )
    if args.limit:
        paths = paths[: args.limit]
    os.makedirs(args.out, exist_ok=True)
    counts = {"SPOF001": 0, "STAFF001": 0, "COORD001": 0, "COST001": 0}
    started = time.perf_counter()
    for path in paths:
        findings = check(path)
        for f in findings:
            counts[f[0]] += 1
        stem = os.path.splitext(os.path.basename(path))[0]
        annotate(path, os.path.join(args.out, stem + ".checked.xlsx"), findings)
    seconds = time.perf_counter() - started
    print(
        f"peer workbooks={len(paths)} seconds={seconds:.2f} "
        + " ".join(f"{k}={v}" for k, v in counts.items())
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
