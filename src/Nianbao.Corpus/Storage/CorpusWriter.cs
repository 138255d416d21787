using Nianbao.Template;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Import;
using Nianbao.Model;
using Nianbao.Output;
using Npgsql;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// Writes imported files in batches, one transaction each, with idempotent upserts keyed by content (SHA-256) and
/// by agency key, so several importers may write the same corpus at once (docs/corpus.md "Several importers").
/// Rows are written in key order (agencies, then sources by hash) so concurrent transactions take locks in one order;
/// a PostgreSQL deadlock or serialization failure retries the batch. A report's own rows (metadata, sections,
/// values, findings) are replaced whole; reviewers' decisions live apart and are never touched here.
/// </summary>
sealed class CorpusWriter(CorpusDb db, string parserVersion) : IDisposable
{
    readonly DbConnection conn = Writing(db);
    readonly ChildRows children = new();
    readonly Checkpointer? checkpointer = db.Engine == CorpusEngine.Sqlite ? new Checkpointer(db) : null;

    /// <summary>The writer's connection; on SQLite with a larger page cache (64 MB) and temporary tables in memory,
    /// so a batch's inserts do not spill pages before its commit, and without automatic checkpoints: copying the
    /// write-ahead log into the database file (and syncing it) is the <see cref="Checkpointer"/>'s work, on its own
    /// thread, so a commit does not wait for it.</summary>
    static DbConnection Writing(CorpusDb db)
    {
        var c = db.Connect();
        if (db.Engine == CorpusEngine.Sqlite) Db.Exec(c, null, "PRAGMA cache_size=-16384; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=0;");
        return c;
    }

    readonly Dictionary<string, DbCommand> prepared = [];
    readonly Dictionary<string, PositionalStatement> positional = [];

    /// <summary>Called for each item written, once its transaction is committed and before its rows are let go.</summary>
    public Action<ImportItem>? Committed { get; init; }

    /// <summary>Reports written in the open transaction, by SHA-256 (a previous year written in the same batch).</summary>
    readonly Dictionary<string, long> writtenNow = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var c in prepared.Values) c.Dispose();
        foreach (var s in positional.Values) s.Dispose();
        conn.Dispose();
        checkpointer?.Dispose();
    }

    /// <summary>
    /// Checkpoints a SQLite corpus's write-ahead log after each commit of the writer, on a thread and connection of
    /// its own (a passive checkpoint never blocks the writer or the readers); the last one runs when the writer is
    /// done, so the log is left as an automatic checkpoint would leave it.
    /// </summary>
    sealed class Checkpointer : IDisposable
    {
        readonly DbConnection conn;
        readonly SemaphoreSlim committed = new(0);
        readonly Thread thread;
        volatile bool done;

        public Checkpointer(CorpusDb db)
        {
            conn = db.Connect();
            thread = new Thread(Run) { IsBackground = true, Name = "nianbao checkpoint" };
            thread.Start();
        }

        /// <summary>Called after each commit.</summary>
        public void Committed()
        {
            if (committed.CurrentCount == 0) committed.Release();
        }

        void Run()
        {
            while (!done)
            {
                committed.Wait();
                try { Db.Exec(conn, null, "PRAGMA wal_checkpoint(PASSIVE)"); }
                catch (Microsoft.Data.Sqlite.SqliteException) { }   // busy or locked: the next commit tries again
            }
        }

        public void Dispose()
        {
            done = true;
            committed.Release();
            thread.Join();
            try { Db.Exec(conn, null, "PRAGMA wal_checkpoint(PASSIVE)"); }
            catch (Microsoft.Data.Sqlite.SqliteException) { }
            conn.Dispose();
            committed.Dispose();
        }
    }

    /// <summary>One command per statement for the writer's life, so SQLite prepares each statement once; its
    /// parameters are set again on each use.</summary>
    DbCommand Prepared(DbTransaction tx, string sql)
    {
        if (!prepared.TryGetValue(sql, out var cmd)) prepared[sql] = cmd = Db.Command(conn, tx, sql);
        cmd.Transaction = tx;
        cmd.Parameters.Clear();
        return cmd;
    }

    /// <summary>Runs a command of <see cref="Prepared"/> once per report and returns column 0 of its first row (null:
    /// none): on SQLite bound by position (<see cref="PositionalStatement"/>).</summary>
    long? Scalar(DbCommand cmd)
    {
        if (conn is not Microsoft.Data.Sqlite.SqliteConnection sqlite)
            return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (!positional.TryGetValue(cmd.CommandText, out var statement)) positional[cmd.CommandText] = statement = new PositionalStatement(sqlite, cmd.CommandText);
        return statement.Scalar(cmd);
    }

    /// <summary>Writes the batch; returns the items actually written (a stale re-check is dropped).</summary>
    public IReadOnlyList<ImportItem> Write(IReadOnlyList<ImportItem> items)
    {
        var toWrite = items.Where(i => i.Outcome != ImportOutcome.Unchanged && i.Sha256.Length > 0).OrderBy(i => i.Sha256, StringComparer.Ordinal).ToList();
        if (toWrite.Count == 0) return [];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var written = WriteOnce(toWrite);
                if (Committed is { } committed)
                    foreach (var item in written)
                        if (item.WrittenReportId is not null) committed(item);
                foreach (var item in items)
                {
                    item.Rows?.Dispose();   // the buffers go back to the pool once committed
                    item.Rows = null;
                }
                return written;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < 8)
            {
                Thread.Sleep(Random.Shared.Next(20, 200) * attempt);
            }
        }
    }

    /// <summary>Sets the address of stored sources (a URL list given for content already imported).</summary>
    public void SetUrls(IEnumerable<(string Sha256, string Url)> urls)
    {
        var list = urls.ToList();
        if (list.Count == 0) return;
        using var tx = conn.BeginTransaction();
        foreach (var (sha, url) in list.OrderBy(u => u.Sha256, StringComparer.Ordinal))
            Db.Exec(conn, tx, "UPDATE sources SET url = @url WHERE sha256 = @sha", ("url", url), ("sha", sha));
        tx.Commit();
        checkpointer?.Committed();
    }

    List<ImportItem> WriteOnce(List<ImportItem> items)
    {
        using var tx = conn.BeginTransaction();
        children.Clear();   // rows of an attempt that failed (a retried deadlock) are not written twice
        var agencies = new Dictionary<string, long>();
        foreach (var a in items.Select(i => i.Agency).OfType<AgencyIdentity>().DistinctBy(a => a.Key).OrderBy(a => a.Key, StringComparer.Ordinal))
            agencies[a.Key] = AgencyStore.Ensure(conn, tx, a);

        var written = new List<ImportItem>();
        var now = DateTime.UtcNow;
        writtenNow.Clear();
        // A report whose previous year is in this batch is written after it (its id is needed); the rest in key order.
        var inBatch = items.Where(i => i.Report is not null).Select(i => i.Sha256).ToHashSet(StringComparer.Ordinal);
        var waiting = new List<ImportItem>();
        foreach (var item in items)
            if (item.PreviousSha is { } ps && inBatch.Contains(ps)) waiting.Add(item);
            else Write(item);
        while (waiting.Count > 0)
        {
            var ready = waiting.Where(i => writtenNow.ContainsKey(i.PreviousSha!)).ToList();
            if (ready.Count == 0) ready = waiting;   // cannot happen (a previous year is earlier); written unlinked, re-checked at the end
            foreach (var item in ready) Write(item);
            waiting = waiting.Except(ready).ToList();
        }

        void Write(ImportItem item)
        {
            long? agencyId = item.Agency is { } ag ? agencies[ag.Key] : null;
            if (item.Recheck && !StillCurrent(tx, item, agencyId)) return;
            var sourceId = UpsertSource(tx, item, now);
            if (item.Report is { } report) WriteReport(tx, item, report, sourceId, agencyId, now);
            written.Add(item);
        }
        children.Flush(conn, tx);
        tx.Commit();
        checkpointer?.Committed();
        return written;
    }

    /// <summary>A re-check is written only while its report's previous year is still the one it was checked against
    /// (another importer may have changed it meanwhile; that importer re-checks after it commits).</summary>
    bool StillCurrent(DbTransaction tx, ImportItem item, long? agencyId)
    {
        if (db.Engine == CorpusEngine.Postgres)
            Db.Exec(conn, tx, "SELECT id FROM reports WHERE id = @id FOR UPDATE", ("id", item.ReportId));
        var now = agencyId is long a && item.Report?.Year is int y ? PreviousYears.Find(conn, tx, a, y, item.Scope) : null;
        return now == item.Previous;
    }

    long UpsertSource(DbTransaction tx, ImportItem item, DateTime now)
    {
        var cmd = Prepared(tx, """
            INSERT INTO sources (sha256, size, content, file_name, path, url, imported_at, parser_version, status, error_code, error_message)
            VALUES (@sha, @size, @content, @name, @path, @url, @now, @parser, @status, @code, @message)
            ON CONFLICT (sha256) DO UPDATE SET parser_version = excluded.parser_version, status = excluded.status,
              url = COALESCE(excluded.url, sources.url),
              error_code = excluded.error_code, error_message = excluded.error_message,
              content = COALESCE(sources.content, excluded.content)
            RETURNING id
            """);
        Db.Param(cmd, "sha", item.Sha256);
        Db.Param(cmd, "size", item.Size);
        Db.Param(cmd, "content", item.Content).DbType = DbType.Binary;
        Db.Param(cmd, "name", Path.GetFileName(item.Path));
        Db.Param(cmd, "path", item.Path);
        Db.Param(cmd, "url", item.Url).DbType = DbType.String;
        Db.Param(cmd, "now", now);
        Db.Param(cmd, "parser", parserVersion);
        Db.Param(cmd, "status", item.Failure is null ? "parsed" : "failed");
        Db.Param(cmd, "code", item.Failure?.Code).DbType = DbType.String;
        Db.Param(cmd, "message", item.Failure is { } f ? f.Message("en") : null).DbType = DbType.String;
        return Scalar(cmd) ?? throw new InvalidOperationException("sources upsert returned no id");
    }

    /// <summary>The report id of a report this writer committed earlier (<see cref="ImportItem.PreviousSha"/>: a
    /// previous year that was not stored yet when the report was checked; it is by now, queued before it).</summary>
    long? CommittedId(DbTransaction tx, string sha)
    {
        var cmd = Prepared(tx, "SELECT r.id FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.sha256 = @sha");
        Db.Param(cmd, "sha", sha);
        return Scalar(cmd);
    }

    void WriteReport(DbTransaction tx, ImportItem item, Report report, long sourceId, long? agencyId, DateTime now)
    {
        var findings = item.Findings ?? report.Findings;
        var (errors, warnings, infos) = item.Counts ?? ReportRows.Counts(findings);
        // A report row not there before has no rows of its own to replace (reports are never deleted, so its id was
        // never used). Asked on SQLite only, where the transaction already holds the write lock (the source was
        // just written); PostgreSQL importers run at once, so there the old rows are always deleted.
        var existed = true;
        if (db.Engine == CorpusEngine.Sqlite)
        {
            var exists = Prepared(tx, "SELECT 1 FROM reports WHERE source_id = @source");
            Db.Param(exists, "source", sourceId);
            existed = Scalar(exists) is not null;
        }
        var cmd = Prepared(tx, """
            INSERT INTO reports (source_id, agency_id, agency_name, year, format, scope, scope_evidence, title, profile_type, profile_level,
              parser_version, parsed_at, previous_id, previous_parser, errors, warnings, infos)
            VALUES (@source, @agency, @agency_name, @year, @format, @scope, @scope_evidence, @report_title, @ptype, @plevel,
              @parser, @now, @prev, @prev_parser, @errors, @warnings, @infos)
            ON CONFLICT (source_id) DO UPDATE SET agency_id = excluded.agency_id, agency_name = excluded.agency_name, year = excluded.year,
              format = excluded.format, scope = excluded.scope, scope_evidence = excluded.scope_evidence, title = excluded.title,
              profile_type = excluded.profile_type, profile_level = excluded.profile_level, parser_version = excluded.parser_version,
              parsed_at = excluded.parsed_at, previous_id = excluded.previous_id, previous_parser = excluded.previous_parser,
              errors = excluded.errors, warnings = excluded.warnings, infos = excluded.infos
            RETURNING id
            """);
        Db.Param(cmd, "source", sourceId);
        Db.Param(cmd, "agency", agencyId).DbType = DbType.Int64;
        Db.Param(cmd, "agency_name", report.Agency).DbType = DbType.String;
        Db.Param(cmd, "year", report.Year).DbType = DbType.Int32;
        Db.Param(cmd, "format", report.Format?.Value).DbType = DbType.String;
        Db.Param(cmd, "scope", item.Scope).DbType = DbType.String;
        Db.Param(cmd, "scope_evidence", item.ScopeEvidence).DbType = DbType.String;
        Db.Param(cmd, "report_title", report.Metadata.TryGetValue(Keys.Metadata.Title, out var t) ? t.Value : null).DbType = DbType.String;
        Db.Param(cmd, "ptype", report.Profile?.Type).DbType = DbType.String;
        Db.Param(cmd, "plevel", report.Profile?.Level).DbType = DbType.String;
        Db.Param(cmd, "parser", parserVersion);
        Db.Param(cmd, "now", now);
        var previous = item.Previous;
        if (previous is null && item.PreviousSha is { } sha
            && (writtenNow.TryGetValue(sha, out var inThisBatch) ? inThisBatch : CommittedId(tx, sha)) is long previousId)
            previous = new PreviousRef(previousId, parserVersion);
        Db.Param(cmd, "prev", previous?.Id).DbType = DbType.Int64;
        Db.Param(cmd, "prev_parser", previous?.ParserVersion).DbType = DbType.String;
        Db.Param(cmd, "errors", errors);
        Db.Param(cmd, "warnings", warnings);
        Db.Param(cmd, "infos", infos);
        var id = Scalar(cmd) ?? throw new InvalidOperationException("reports upsert returned no id");
        writtenNow[item.Sha256] = id;
        item.WrittenReportId = id;

        foreach (var table in existed ? BulkTable.All : [])
        {
            var delete = Prepared(tx, $"DELETE FROM {table.Name} WHERE report_id = @id");
            Db.Param(delete, "id", id);
            delete.ExecuteNonQuery();
        }
        children.Add(item.Rows ??= ReportRows.Build(report, findings), id);
    }
}

/// <summary>A report as rows of the per-report tables (tidy values, metadata, sections, narrative figures, findings).</summary>
static class ReportRows
{
    /// <summary>The rows of one report, its id (column 0) left to the writer: built where the report was checked (on
    /// a worker), so the one writer only binds and inserts; encoded (<see cref="EncodedRows"/>) so that rows waiting
    /// for their transaction cost the GC nothing.</summary>
    public static EncodedRows Build(Report report, IReadOnlyList<Finding> findings)
    {
        var rows = EncodedRows.Rent();
        foreach (var m in report.Metadata.Values)
        {
            rows.Begin(BulkTable.Metadata);
            rows.Text(m.Key); rows.Text(m.Value); rows.Provenance(m.Source);
        }
        foreach (var s in report.Sections.Values)
        {
            rows.Begin(BulkTable.Sections);
            rows.Text(s.Key); rows.Text(s.Heading); rows.Text(s.Text); rows.Text(s.Match); rows.Provenance(s.Source);
        }
        Span<EncodedRows.Field> columns = stackalloc EncodedRows.Field[ColumnCache];
        var columnKeys = new string?[ColumnCache];
        foreach (var (key, table) in report.Tables)
        {
            // The table key, layout, each row key and each column key are written once and repeated by reference
            // (EncodedRows.Same): they are the same strings on every row of the table.
            EncodedRows.Field keyField = default, layoutField = default, rowField = default;
            string? lastRow = null;
            Array.Clear(columnKeys);
            var first = true;
            foreach (var (row, column, v) in table.All)
            {
                rows.Begin(BulkTable.Values);
                if (first) keyField = rows.Text(key); else rows.Same(keyField);
                if (ReferenceEquals(row, lastRow)) rows.Same(rowField);
                else { rowField = rows.Text(row); lastRow = row; }
                var slot = 0;
                while (slot < ColumnCache && columnKeys[slot] is { } c && !ReferenceEquals(c, column)) slot++;
                if (slot == ColumnCache) rows.Text(column);
                else if (columnKeys[slot] is null) { columns[slot] = rows.Text(column); columnKeys[slot] = column; }
                else rows.Same(columns[slot]);
                if (first) layoutField = rows.Text(table.Layout.Value); else rows.Same(layoutField);
                first = false;
                rows.Int(v.Integer); rows.Text(v.Text);
                rows.Bool(v.State is ValueState.Blank or ValueState.BlankMark); rows.Utf8(StateUtf8(v.State)); rows.Text(v.Raw); rows.Provenance(v.Source);
            }
        }
        var figure = 0;
        foreach (var n in report.NarrativeFigures)
        {
            rows.Begin(BulkTable.Figures);
            rows.Int(figure++); rows.Text(n.Key); rows.Formatted(n.Value); rows.Text(n.Unit);
            rows.Text(n.Section); rows.Text(n.Text); rows.Provenance(n.Source);
        }
        var ordinal = 0;
        foreach (var f in findings)
        {
            var l = f.Location;
            rows.Begin(BulkTable.Findings);
            rows.Int(ordinal++); rows.Text(f.Code); rows.Utf8(SeverityUtf8(f.Severity));
            if (l.Table is not null) rows.Joined(l.Table, l.Row, l.Column); else rows.Text(l.Section ?? "");   // LocationKey
            rows.Text(l.Section); rows.Text(l.Table); rows.Text(l.Row); rows.Text(l.Column);
            if (l.Cells is { Count: > 0 } cells)
                // As JsonSerializer writes a list of strings (its default escaping).
                rows.Json(WriteCells, cells, strict: true);
            else rows.Null();
            rows.Provenance(l.Source); rows.Text(f.Message("zh")); rows.Text(f.Message("en"));
            rows.Json(WriteArgs, f.Args);
        }
        rows.Seal();
        return rows;
    }

    static readonly Action<Utf8JsonWriter, IReadOnlyList<LocatedCell>> WriteCells = static (w, cells) =>
    {
        w.WriteStartArray();
        Span<char> text = stackalloc char[256];
        foreach (var c in cells)
        {
            // "table.row.column" composed on the stack when it fits (the writer escapes the same characters either way).
            string table = c.Table ?? "", row = c.Row ?? "", column = c.Column ?? "";
            var n = table.Length + row.Length + column.Length + 2;
            if (n > text.Length) { w.WriteStringValue($"{table}.{row}.{column}"); continue; }
            table.CopyTo(text);
            text[table.Length] = '.';
            row.CopyTo(text[(table.Length + 1)..]);
            text[table.Length + 1 + row.Length] = '.';
            column.CopyTo(text[(n - column.Length)..]);
            w.WriteStringValue(text[..n]);
        }
        w.WriteEndArray();
    };

    /// <summary>A finding's arguments as a JSON object, each value as JsonSerializer writes it: the common kinds (text,
    /// integers, decimals, truth values, null) through the writer's own method, which is what their converters call;
    /// anything else through JsonSerializer (its type looked up per value, which cost more than the rest of the row).</summary>
    static readonly Action<Utf8JsonWriter, IReadOnlyDictionary<string, object?>> WriteArgs = static (w, args) =>
    {
        w.WriteStartObject();
        foreach (var (k, v) in args)
        {
            w.WritePropertyName(k);
            switch (v)
            {
                case null: w.WriteNullValue(); break;
                case string s: w.WriteStringValue(s); break;
                case int i: w.WriteNumberValue(i); break;
                case long l: w.WriteNumberValue(l); break;
                case decimal d: w.WriteNumberValue(d); break;
                case bool b: w.WriteBooleanValue(b); break;
                default: JsonSerializer.Serialize(w, v); break;
            }
        }
        w.WriteEndObject();
    };

    /// <summary>How many errors, warnings and infos <paramref name="findings"/> hold (the reports row's counts).</summary>
    public static (int Errors, int Warnings, int Infos) Counts(IReadOnlyList<Finding> findings)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var f in findings)
            switch (f.Severity)
            {
                case Severity.Error: errors++; break;
                case Severity.Warning: warnings++; break;
                case Severity.Info: infos++; break;
            }
        return (errors, warnings, infos);
    }

    /// <summary>Column keys of a table remembered for <see cref="EncodedRows.Same"/> (a national table has a few
    /// columns; a column past these is written each time).</summary>
    const int ColumnCache = 16;

    // (Initialised in this order: the names before their bytes.)
    static readonly Dictionary<ValueState, string> StateNames = Enum.GetValues<ValueState>().ToDictionary(s => s, s => s.ToString().ToLowerInvariant());
    static readonly byte[]?[] StateBytes = Utf8Names<ValueState>(State);
    static readonly byte[]?[] SeverityBytes = Utf8Names<Severity>(s => s.ToString().ToLowerInvariant());

    static byte[]?[] Utf8Names<T>(Func<T, string> name) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new byte[]?[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var v in values) names[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = System.Text.Encoding.UTF8.GetBytes(name(v));
        return names;
    }

    static ReadOnlySpan<byte> StateUtf8(ValueState s) =>
        (uint)s < (uint)StateBytes.Length && StateBytes[(int)s] is { } b ? b : System.Text.Encoding.UTF8.GetBytes(State(s));

    static ReadOnlySpan<byte> SeverityUtf8(Severity s) =>
        (uint)s < (uint)SeverityBytes.Length && SeverityBytes[(int)s] is { } b ? b : System.Text.Encoding.UTF8.GetBytes(s.ToString().ToLowerInvariant());

    public static string State(ValueState s) => StateNames.TryGetValue(s, out var name) ? name : s.ToString().ToLowerInvariant();

    /// <summary>How a decision finds its finding again after a re-check: the cell (table.row.column), else the
    /// section, else the whole document ("").</summary>
    public static string LocationKey(FindingLocation l) =>
        l.Table is not null ? $"{l.Table}.{l.Row}.{l.Column}" : l.Section ?? "";
}
