#!/usr/bin/env python3
"""Compares two SQLite corpora table by table, ids, times and parser-version stamps aside.

    python3 bench/compare-corpora.py A.db B.db

Rows are keyed by what identifies them across corpora: a source by its SHA-256, a report by its source's SHA-256, an
agency by its key (a parent, an alias's agency and a report's previous year are named the same way). For each table
it prints the row counts and the rows found in one corpus and not the other (a few of each); the exit status is 0
when every table is identical, 1 otherwise. Used to show that a change to the import stores exactly what it stored
before (docs/benchmarks.md, "Corpus import").
"""
import sqlite3
import sys

REPORT = "(SELECT s.sha256 FROM {p}.reports r0 JOIN {p}.sources s ON s.id = r0.source_id WHERE r0.id = t.report_id)"
AGENCY = "(SELECT a0.key FROM {p}.agencies a0 WHERE a0.id = {col})"

TABLES = {
    "nianbao_meta": "SELECT key, value FROM {p}.nianbao_meta t",
    "agencies": f"SELECT key, name, type, level, region_code, region_name, {AGENCY.format(p='{p}', col='t.parent_id')} FROM {{p}}.agencies t",
    "agency_aliases": f"SELECT alias_key, {AGENCY.format(p='{p}', col='t.agency_id')}, alias FROM {{p}}.agency_aliases t",
    "sources": "SELECT sha256, size, content, file_name, path, url, status, error_code, error_message FROM {p}.sources t",
    "reports": f"""SELECT s.sha256, {AGENCY.format(p='{p}', col='t.agency_id')}, t.agency_name, t.year, t.format, t.scope,
        t.scope_evidence, t.title, t.profile_type, t.profile_level,
        (SELECT ps.sha256 FROM {{p}}.reports pr JOIN {{p}}.sources ps ON ps.id = pr.source_id WHERE pr.id = t.previous_id),
        t.previous_parser IS NULL, t.previous_parser = (SELECT pr.parser_version FROM {{p}}.reports pr WHERE pr.id = t.previous_id),
        t.errors, t.warnings, t.infos
        FROM {{p}}.reports t JOIN {{p}}.sources s ON s.id = t.source_id""",
    "report_metadata": f"SELECT {REPORT}, key, value, provenance FROM {{p}}.report_metadata t",
    "sections": f"SELECT {REPORT}, key, heading, text, match, provenance FROM {{p}}.sections t",
    "report_values": f"""SELECT {REPORT}, table_key, row_key, column_key, layout, value_int, value_text, blank, state, raw, provenance
        FROM {{p}}.report_values t""",
    "narrative_figures": f"SELECT {REPORT}, ordinal, key, value, unit, section, text, provenance FROM {{p}}.narrative_figures t",
    "findings": f"""SELECT {REPORT}, ordinal, code, severity, location_key, section, table_key, row_key, column_key, cells,
        provenance, message_zh, message_en, args FROM {{p}}.findings t""",
    "review_decisions": f"SELECT {REPORT}, code, location_key, status, comment, decided_by FROM {{p}}.review_decisions t",
}


def main(a, b):
    db = sqlite3.connect(":memory:")
    db.execute("ATTACH ? AS a", (a,))
    db.execute("ATTACH ? AS b", (b,))
    same = True
    for name, sql in TABLES.items():
        qa, qb = sql.format(p="a"), sql.format(p="b")
        na = db.execute(f"SELECT count(*) FROM ({qa})").fetchone()[0]
        nb = db.execute(f"SELECT count(*) FROM ({qb})").fetchone()[0]
        # EXCEPT ALL is not in SQLite: compare as sets and by count (every table's rows are unique under its key).
        only_a = db.execute(f"SELECT count(*) FROM ({qa} EXCEPT {qb})").fetchone()[0]
        only_b = db.execute(f"SELECT count(*) FROM ({qb} EXCEPT {qa})").fetchone()[0]
        ok = na == nb and only_a == 0 and only_b == 0
        same &= ok
        print(f"{name:18} {na:>9} {nb:>9}  {'same' if ok else f'DIFFERENT: {only_a} only in A, {only_b} only in B'}")
        if not ok:
            for label, q in (("A", f"{qa} EXCEPT {qb}"), ("B", f"{qb} EXCEPT {qa}")):
                for row in db.execute(f"{q} LIMIT 3"):
                    print(f"  only in {label}:", tuple(x[:16] if isinstance(x, bytes) else x for x in row)[:16])
    # Ids are not compared above; say whether they match too (a changed write order renumbers rows).
    for what, q in (("report ids", "SELECT s.sha256, r.id FROM {p}.reports r JOIN {p}.sources s ON s.id = r.source_id"),
                    ("agency ids", "SELECT key, id FROM {p}.agencies")):
        differ = db.execute(f"SELECT count(*) FROM ({q.format(p='a')} EXCEPT {q.format(p='b')})").fetchone()[0]
        print(f"({what}: {'the same' if differ == 0 else f'{differ} differ'}; not part of the comparison)")
    print("identical" if same else "NOT identical")
    return 0 if same else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
