-- Version 2 (PostgreSQL): the figures the narrative states (docs/narrative-figures.md), one row each in reading
-- order. The SQLite file of the same number creates the same table.

CREATE TABLE narrative_figures (
  report_id  BIGINT NOT NULL REFERENCES reports(id),
  ordinal    INTEGER NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  unit       TEXT NOT NULL,
  section    TEXT NOT NULL,
  text       TEXT NOT NULL,
  provenance TEXT,
  PRIMARY KEY (report_id, ordinal)
);
