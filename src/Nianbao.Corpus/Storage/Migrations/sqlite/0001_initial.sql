-- Nianbao corpus schema, version 1 (SQLite). The PostgreSQL file of the same number creates the same tables and
-- columns (a test compares them); only the column types differ, and SQLite keeps the two largest tables WITHOUT ROWID
-- (clustered on their primary key). docs/corpus.md describes every table.

CREATE TABLE nianbao_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE agencies (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,      -- normalised name it was created under (never changes)
  name        TEXT NOT NULL,             -- display name
  type        TEXT,                      -- government | department | township (AgencyProfile)
  level       TEXT,                      -- national | provincial | city | county | township
  region_code TEXT,                      -- GB/T 2260 code (township: 9-digit statistical code)
  region_name TEXT,
  parent_id   INTEGER REFERENCES agencies(id)
);

CREATE TABLE agency_aliases (
  alias_key TEXT PRIMARY KEY,
  agency_id INTEGER NOT NULL REFERENCES agencies(id),
  alias     TEXT NOT NULL
);
CREATE INDEX agency_aliases_agency ON agency_aliases(agency_id);

CREATE TABLE sources (
  id             INTEGER PRIMARY KEY,
  sha256         TEXT NOT NULL UNIQUE,
  size           INTEGER NOT NULL,
  content        BLOB,
  file_name      TEXT NOT NULL,
  path           TEXT,
  url            TEXT,
  imported_at    TEXT NOT NULL,
  parser_version TEXT NOT NULL,
  status         TEXT NOT NULL,          -- parsed | failed
  error_code     TEXT,
  error_message  TEXT
);

CREATE TABLE reports (
  id               INTEGER PRIMARY KEY,
  source_id        INTEGER NOT NULL UNIQUE REFERENCES sources(id),
  agency_id        INTEGER REFERENCES agencies(id),
  agency_name      TEXT,
  year             INTEGER,
  format           TEXT,
  scope            TEXT,                 -- own (本级) | summary (汇总) | null
  scope_evidence   TEXT,
  title            TEXT,
  profile_type     TEXT,
  profile_level    TEXT,
  parser_version   TEXT NOT NULL,
  parsed_at        TEXT NOT NULL,
  previous_id      INTEGER,              -- the previous-year report the cross-year rules saw
  previous_parser  TEXT,                 -- its parser version then
  errors           INTEGER NOT NULL,
  warnings         INTEGER NOT NULL,
  infos            INTEGER NOT NULL
);
CREATE INDEX reports_agency_year ON reports(agency_id, year);

CREATE TABLE report_metadata (
  report_id  INTEGER NOT NULL REFERENCES reports(id),
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  provenance TEXT,
  PRIMARY KEY (report_id, key)
);

CREATE TABLE sections (
  report_id  INTEGER NOT NULL REFERENCES reports(id),
  key        TEXT NOT NULL,
  heading    TEXT NOT NULL,
  text       TEXT NOT NULL,
  match      TEXT NOT NULL,             -- the matching copy (simplified, half width) the checks read
  provenance TEXT,
  PRIMARY KEY (report_id, key)
);

CREATE TABLE report_values (
  report_id  INTEGER NOT NULL REFERENCES reports(id),
  table_key  TEXT NOT NULL,
  row_key    TEXT NOT NULL,
  column_key TEXT NOT NULL,
  layout     TEXT NOT NULL,
  value_int  INTEGER,
  value_text TEXT,
  blank      INTEGER NOT NULL,           -- 1 when the source cell was blank or a blank mark (value is null, never 0)
  state      TEXT NOT NULL,              -- read | blank | blankmark | absent | unreadable | inferred
  raw        TEXT,
  provenance TEXT,
  PRIMARY KEY (report_id, table_key, row_key, column_key)
) WITHOUT ROWID;

CREATE TABLE findings (
  report_id    INTEGER NOT NULL REFERENCES reports(id),
  ordinal      INTEGER NOT NULL,
  code         TEXT NOT NULL,
  severity     TEXT NOT NULL,
  location_key TEXT NOT NULL,            -- table.row.column, or the section key, or '' for the whole document
  section      TEXT,
  table_key    TEXT,
  row_key      TEXT,
  column_key   TEXT,
  cells        TEXT,                     -- JSON array of table.row.column
  provenance   TEXT,
  message_zh   TEXT NOT NULL,
  message_en   TEXT NOT NULL,
  args         TEXT NOT NULL,            -- JSON object
  PRIMARY KEY (report_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX findings_code ON findings(code);

CREATE TABLE review_decisions (
  report_id    INTEGER NOT NULL REFERENCES reports(id),
  code         TEXT NOT NULL,
  location_key TEXT NOT NULL,
  status       TEXT NOT NULL,            -- open | confirmed | dismissed
  comment      TEXT,
  decided_by   TEXT,
  decided_at   TEXT NOT NULL,
  PRIMARY KEY (report_id, code, location_key)
);
