"""Generate a synthetic case folder of about N words, for scaling tests.

    python benchmarks/make_case.py OUT_DIR --words 100000 [--seed 1]

The case has the shipped sample's shape (case.yaml with a register, overview sections, agency
submissions in Markdown and Word, an action plan, a board response) and fictional content
written from templates: agencies' chronologies with names, addresses and identifiers in them,
so detection and redaction have realistic work to do. Everyone in it is invented.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

import docx
import yaml

AGENCIES = [
    ("Northbridge Police", "Detective Sergeant, Public Protection Unit"),
    ("Northbridge Community Health NHS Trust", "Named Nurse for Safeguarding"),
    ("Riverside Medical Practice", "GP Safeguarding Lead"),
    ("Northbridge Children's Social Care", "Team Manager"),
    ("Northbridge Education and Early Years Service", "Designated Safeguarding Lead"),
    ("St Aidan's University Hospitals NHS Foundation Trust", "Named Doctor"),
    ("Northbridge Homes", "Tenancy Services Manager"),
    ("Northbridge Probation Delivery Unit", "Senior Probation Officer"),
]
FAMILY = [
    ("Zofia Nowicka", ["Zosia"], "Child M", "child"),
    ("Magdalena Nowicka", ["Magda", "Ms Nowicka"], "Mother", "mother"),
    ("Rhys Pritchard", ["Mr Pritchard"], "Mother's partner", "partner"),
    ("Jakub Nowicki", ["Kuba"], "Sibling 1", "sibling"),
    ("Halina Nowicka", ["Mrs Nowicka"], "Maternal Grandmother", "grandmother"),
]
PROFESSIONALS = ["Sarah Whitlock", "Jean Barker", "Oliver Hanley", "Kelly Marsh", "Ruth Kemp", "Rachel Stone",
                 "Paul Dyson", "Aisha Patel", "Gemma Shaw", "Daniel Osei", "Priya Raman", "Tom Rigby"]  # fmt: skip
EVENTS = [
    "{prof} visited {home} and saw {child}; {mother} said {partner} no longer lived there.",
    "{mother} did not bring {child} to the appointment at the clinic; a letter was sent to {home}.",
    "Call from neighbour reporting shouting at {home}; officers attended and spoke to {mother}.",
    "{child} weighed on the 2nd centile (<0.4%); {prof} discussed diet & routines with {mother}.",
    "Strategy discussion held; {prof} shared that {partner} had a history of domestic abuse.",
    "{sibling} told the class teacher that {partner} \"shouts a lot\" and that he was hungry.",
    "Housing officer {prof} inspected {home}: damp, broken window, rent arrears of £1,240.",
    "{mother} phoned from 07700 900{n:03d} asking for the appointment to be moved.",
    "Referral received; NHS number 999 526 0182 recorded for {child}; case allocated to {prof}.",
]
PROSE = [
    "Practitioners did not ask who else lived in the household, and {partner} remained invisible to most agencies.",
    "The agency accepted {mother}'s account at face value; professional curiosity was limited by workload.",
    "Information held by one agency about {partner} was not shared with those who saw {child} most often.",
    "Supervision records show that {prof} raised concerns about home conditions but was not supported to escalate.",
    "The voice of {child} is largely absent from the records, which describe appointments rather than the child's day.",
    "Language was a barrier: an interpreter was used twice, and on other occasions {sibling} interpreted for the family.",
]


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        child=rng.choice(["Zosia", "Zofia Nowicka", "Zofia"]), mother=rng.choice(["Magda", "Ms Nowicka", "Magdalena Nowicka"]),
        partner=rng.choice(["Rhys", "Mr Pritchard", "Rhys Pritchard"]), sibling=rng.choice(["Kuba", "Jakub"]),
        prof=rng.choice(PROFESSIONALS), home=rng.choice(["Flat 3, 27 Sycamore Court", "14 Elm Road, Northbridge NB4 7QT"]),
        n=rng.randrange(1000),
    )  # fmt: skip


def make_case(out: Path, words: int, seed: int = 1) -> Path:
    """Write a case folder of roughly `words` words and return its path."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("overview", "submissions"):
        (out / sub).mkdir(exist_ok=True)
    case = {
        "reference": "CSPR-2099-100", "title": "Child Safeguarding Practice Review: Child M (synthetic)",
        "board": "Northbridge Safeguarding Children Partnership", "nation": "england", "policy": "england-cspr",
        "review_type": "Child Safeguarding Practice Review", "lead_reviewers": ["Dr Helen Ashcroft"],
        "dates": {"incident": date(2026, 1, 12), "notification": date(2026, 1, 14), "decision": date(2026, 2, 4),
                  "start": date(2026, 3, 2), "publication": date(2026, 12, 8)},
        "languages": ["en"],
        "people": [{"name": n, "aliases": a, "pseudonym": p, "role": r} for n, a, p, r in FAMILY],
        "places": [{"name": "Flat 3, 27 Sycamore Court", "pseudonym": "the family home"},
                   {"name": "14 Elm Road", "pseudonym": "the previous home"}],
    }  # fmt: skip
    (out / "case.yaml").write_text(yaml.safe_dump(case, sort_keys=False, allow_unicode=True), encoding="utf-8")
    budget = words
    per_agency = max(200, (budget - 3000) // len(AGENCIES))
    start = date(2022, 1, 1)
    for i, (agency, role) in enumerate(AGENCIES, start=1):
        rows, prose, used = [], [], 0
        while used < per_agency * 0.6:
            d = start + timedelta(days=rng.randrange(4 * 365))
            ev = _fill(rng.choice(EVENTS), rng)
            rows.append((d.strftime("%d/%m/%Y"), ev, f"Record {rng.randrange(10000, 99999)}"))
            used += len(ev.split()) + 3
        while used < per_agency:
            para = " ".join(_fill(rng.choice(PROSE), rng) for _ in range(4))
            prose.append(para)
            used += len(para.split())
        if i % 2:
            _write_md(out / "submissions" / f"{i:02d}-agency.md", agency, role, rows, prose)
        else:
            _write_docx(out / "submissions" / f"{i:02d}-agency.docx", agency, role, rows, prose)
    for n, title in enumerate(["Introduction", "Executive summary", "Background", "Analysis", "Findings"], start=1):
        body = "\n\n".join(" ".join(_fill(rng.choice(PROSE), rng).replace("Zosia", "Child M") for _ in range(5))
                           for _ in range(5))  # fmt: skip
        (out / "overview" / f"{n:02d}-{title.lower().replace(' ', '-')}.md").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    with (out / "action-plan.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Recommendation no.", "Recommendation", "Action", "Lead agency", "Owner (role)", "Due date",
                    "Success measure", "Status"])  # fmt: skip
        for r in range(1, 13):
            w.writerow([str((r + 1) // 2), f"Recommendation {(r + 1) // 2}: improve information sharing",
                        f"Action {r}: audit practice", AGENCIES[r % len(AGENCIES)][0], "Head of Service",
                        f"{(r % 27) + 1:02d}/06/2027", "Audit shows improvement", rng.choice(["Red", "Amber", "Green"])])  # fmt: skip
    (out / "board-response.md").write_text("# Board response\n\nThe partnership accepts the findings.\n", encoding="utf-8")
    return out


def _write_md(path: Path, agency: str, role: str, rows: list[tuple[str, str, str]], prose: list[str]) -> None:
    lines = ["---", f'agency: "{agency}"', f'author_role: "{role}"', "date: 2026-04-02", "---", "# Chronology", "",
             "| Date | Event | Source/Record |", "| --- | --- | --- |"]  # fmt: skip
    lines += [f"| {d} | {e} | {s} |" for d, e, s in rows]
    lines += ["", "# Analysis of involvement", ""] + [p + "\n" for p in prose]
    path.write_text("\n".join(lines), encoding="utf-8")


def _write_docx(path: Path, agency: str, role: str, rows: list[tuple[str, str, str]], prose: list[str]) -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    for r, (k, v) in enumerate((("Agency", agency), ("Author role", role), ("Date of submission", "02/04/2026"))):
        t.cell(r, 0).text, t.cell(r, 1).text = k, v
    d.add_paragraph("Chronology", style="Heading 1")
    table = d.add_table(rows=1, cols=3)
    for c, h in enumerate(("Date", "Event", "Source/Record")):
        table.cell(0, c).text = h
    for row in rows:
        cells = table.add_row().cells
        for c, v in enumerate(row):
            cells[c].text = v
    d.add_paragraph("Analysis of involvement", style="Heading 1")
    for p in prose:
        d.add_paragraph(p)
    d.save(path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    make_case(args.out, args.words, args.seed)
    total = sum(len(p.read_text(encoding="utf-8").split()) for p in args.out.rglob("*.md"))
    total += sum(len(" ".join(par.text for par in docx.Document(p).paragraphs).split()) +
                 sum(len(c.text.split()) for t in docx.Document(p).tables for row in t.rows for c in row.cells)
                 for p in args.out.rglob("*.docx"))  # fmt: skip
    print(f"wrote {args.out} ({total} words)", file=sys.stderr)


if __name__ == "__main__":
    main()
