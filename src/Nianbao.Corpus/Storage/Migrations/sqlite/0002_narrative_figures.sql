-- Version 2 (SQLite): the figures the narrative states (docs/narrative-figures.md), one row each in reading order.
-- The PostgreSQL file of the same number creates the same table.

CREATE TABLE narrative_figures (
  report_id  INTEGER NOT NULL REFERENCES reports(id),
  ordinal    INTEGER NOT NULL,           -- reading order
  key        TEXT NOT NULL,              -- figure key (figures.json), e.g. applications_received
  value      TEXT NOT NULL,              -- the number exactly as stated (invariant decimal text; a zero phrase is 0)
  unit       TEXT NOT NULL,
  section    TEXT NOT NULL,              -- section key, preamble or body
  text       TEXT NOT NULL,              -- the sentence that states it
  provenance TEXT,
  PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;
