#!/usr/bin/env python3
"""Fills a teamlint template the way a user would in a spreadsheet program: opens it with
openpyxl, adds a person, their allocation and a new channel below the example rows, and saves it
under a new name. Used by tests/template.rs; exits 3 when openpyxl is not installed.

usage: fill_template.py TEMPLATE.xlsx OUT.xlsx
"""

import sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)


def sheet(wb, *names):
    for name in names:
        if name in wb.sheetnames:
            return wb[name]
    raise SystemExit(f"none of the sheets {names} in {wb.sheetnames}")


def headers(ws):
    return {cell.value: cell.column for cell in ws[1] if cell.value}


def append(ws, values):
    """Writes `values` (header -> value) into the first empty row, by header name."""
    cols = headers(ws)
    row = ws.max_row + 1
    # max_row counts formatted but empty rows; find the first row without a value in column A.
    for r in range(2, ws.max_row + 2):
        if ws.cell(row=r, column=1).value in (None, ""):
            row = r
            break
    for header, value in values.items():
        if header not in cols:
            raise SystemExit(f"no column {header!r} on {ws.title}: {sorted(cols)}")
        ws.cell(row=row, column=cols[header], value=value)


def main():
    src, out = sys.argv[1], sys.argv[2]
    wb = openpyxl.load_workbook(src)
    german = "Mitarbeiter" in wb.sheetnames
    staff = sheet(wb, "Staff", "Mitarbeiter")
    alloc = sheet(wb, "Allocation", "Zeitaufteilung")
    channels = sheet(wb, "Channels", "Kanäle")
    unit = staff.cell(row=2, column=headers(staff)["Einheit" if german else "Unit"]).value

    if german:
        append(staff, {
            "Personalnummer": "1005", "Mitarbeiter": "Robin Neu", "Einheit": unit,
            "Abteilung": "Marketing", "Rolle": "Redakteurin", "Wochenstunden": "19,5",
            "Stundensatz": 39.5, "Vertretung": "1002", "Beschäftigungsart": "extern",
        })
        append(alloc, {
            "Personalnummer": "1005", "Kanal": "YouTube", "Aufgabe": "Inhalte",
            "Anteil": "50 %",
        })
        append(alloc, {
            "Personalnummer": 1001, "Kanal": "youtube ", "Aufgabe": "Monitoring",
            "Stunden pro Woche": "2,5",
        })
        append(channels, {
            "Einheit": unit, "Kanal": "YouTube", "Status": "aktiv", "Beiträge pro Woche": 1,
            "Soll-Stunden": 12, "Jahresbudget": "25.000 €", "Reaktionszeit": 48,
            "Verantwortlich": "1005",
        })
    else:
        append(staff, {
            "Person ID": "1005", "Name": "Robin New", "Unit": unit, "Department": "Marketing",
            "Role": "content creator", "Weekly hours": 19.5, "Hourly cost": "39.50 EUR",
            "Deputy": "1002", "Employment": "freelance",
        })
        append(alloc, {
            "Person ID": "1005", "Channel": "YouTube", "Task": "content", "Share": 0.5,
        })
        append(alloc, {
            "Person ID": 1001, "Channel": "youtube ", "Task": "monitoring",
            "Hours per week": "2.5 h",
        })
        append(channels, {
            "Unit": unit, "Channel": "YouTube", "Status": "active", "Posts per week": 1,
            "Required hours per week": 12, "Budget": 25000, "Response time (h)": 48,
            "Owner": "1005",
        })
    wb.save(out)


if __name__ == "__main__":
    main()
