using System.Collections.Concurrent;
using System.Data.Common;
using Nianbao.Checking;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Corpus.Import;

/// <summary>
/// The reports of one import as previous years for its later reports, answered from memory (docs/corpus.md
/// "Cross-year rules"): a report is registered once its worker has checked it and queued it for the writer, so a
/// report of the next year waits only for the earlier years to be checked, not to be committed. The answer is the
/// one the corpus would give once those years are stored — same agency, year − 1, exact scope first, then the
/// smallest SHA-256, over this import's reports and those the corpus held before (read once per agency the corpus
/// knows) — and the part given to the rules is what <see cref="ReportLoader.LoadPrevious"/> would read back
/// (<see cref="Stored"/>). A report's part is kept only until its batch is committed; after that it is read from
/// the corpus by id, so what is held stays bounded by the reports between the workers and the commit.
/// </summary>
sealed class ImportYears(string parserVersion)
{
    sealed class Entry(string sha, string? scope, Report part)
    {
        public string Sha { get; } = sha;
        public string? Scope { get; } = scope;
        /// <summary>What the rules read, until the report is committed (then null and <see cref="ReportId"/> set).</summary>
        public Report? Part = part;
        public long ReportId;
    }

    readonly ConcurrentDictionary<(string Agency, int Year), List<Entry>> byYear = new();
    readonly ConcurrentDictionary<string, Entry> bySha = new(StringComparer.Ordinal);
    /// <summary>Agency key → the corpus's agency id when the corpus knew the key at the first look-up (null: new to it).</summary>
    readonly ConcurrentDictionary<string, long?> agencies = new(StringComparer.Ordinal);

    /// <summary>What the previous-year look-up found: a report of this import not yet committed (its SHA-256 and the
    /// part the rules read), or a stored report to load by id, or nothing.</summary>
    public readonly record struct Found(PreviousRef? Stored, string? PendingSha, Report? Part);

    /// <summary>Where an agency's reports are filed: under the corpus's agency id when it knew the key before this
    /// import wrote it (aliases of one agency meet there), else under the key (a new key makes a new agency).</summary>
    string Filed(DbConnection c, string key, out long? agencyId)
    {
        agencyId = agencies.GetOrAdd(key, k => AgencyStore.Lookup(c, null, k));
        return agencyId is long id ? "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "=" + key;
    }

    /// <summary>Registers a checked report of this import (called after it is queued for the writer).</summary>
    public void Register(DbConnection c, AgencyIdentity agency, int year, string? scope, string sha, Report part)
    {
        var entry = new Entry(sha, scope, part);
        var list = byYear.GetOrAdd((Filed(c, agency.Key, out _), year), _ => []);
        lock (list) list.Add(entry);
        bySha[sha] = entry;
    }

    /// <summary>The report is committed under <paramref name="reportId"/>: its part is let go.</summary>
    public void Committed(string sha, long reportId)
    {
        if (!bySha.TryGetValue(sha, out var entry)) return;
        lock (entry)
        {
            entry.ReportId = reportId;
            entry.Part = null;
        }
    }

    /// <summary>The committed report id of a registered report (null: not committed yet, or not registered).</summary>
    public long? IdOf(string sha) => bySha.TryGetValue(sha, out var e) && Volatile.Read(ref e.ReportId) is var id and > 0 ? id : null;

    /// <summary>The previous-year report of (agency, year, scope): the rule of <see cref="PreviousYears"/> over this
    /// import's registered reports and the corpus's own.</summary>
    public Found Find(DbConnection c, AgencyIdentity agency, int year, string? scope)
    {
        var filed = Filed(c, agency.Key, out var agencyId);
        var candidates = new List<(string Sha, string? Scope, Entry? Entry, PreviousRef? Stored)>();
        if (byYear.TryGetValue((filed, year - 1), out var list))
            lock (list)
                foreach (var e in list) candidates.Add((e.Sha, e.Scope, e, null));
        if (agencyId is long id)
        {
            using var cmd = Db.Reused(c, null, "SELECT r.id, r.parser_version, s.sha256, r.scope FROM reports r JOIN sources s ON s.id = r.source_id WHERE r.agency_id = @agency AND r.year = @year");
            Db.Param(cmd, "agency", id);
            Db.Param(cmd, "year", year - 1);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var sha = r.GetString(2);
                // A report this import re-read is answered from what it read now, not from the stored version.
                if (!bySha.ContainsKey(sha)) candidates.Add((sha, Db.Str(r, 3), null, new PreviousRef(r.GetInt64(0), r.GetString(1))));
            }
        }
        var pick = Best(candidates, c => c.Scope == scope) ?? Best(candidates, c => c.Scope is null || scope is null);
        if (pick is not { } p) return default;
        if (p.Entry is not { } entry) return new Found(p.Stored, null, null);
        lock (entry)
            return entry.Part is { } part ? new Found(null, entry.Sha, part) : new Found(new PreviousRef(entry.ReportId, parserVersion), null, null);
    }

    static (string Sha, string? Scope, Entry? Entry, PreviousRef? Stored)? Best(
        List<(string Sha, string? Scope, Entry? Entry, PreviousRef? Stored)> candidates, Func<(string Sha, string? Scope, Entry? Entry, PreviousRef? Stored), bool> fits)
    {
        (string Sha, string? Scope, Entry? Entry, PreviousRef? Stored)? best = null;
        foreach (var c in candidates)
            if (fits(c) && (best is null || string.CompareOrdinal(c.Sha, best.Value.Sha) < 0)) best = c;
        return best;
    }

    /// <summary>
    /// The part of a report the cross-year rules read, exactly as <see cref="ReportLoader.LoadPrevious"/> reads it
    /// back once stored: the head as the reports row keeps it (file name, profile marked as from the corpus), the
    /// compared sections in template order, the read cells in the order the clustered key keeps them, provenance as
    /// its stored JSON gives it back (coordinates to two decimals).
    /// </summary>
    public static Report Stored(Report report, string fileName, PreviousYearInputs inputs)
    {
        var part = new Report
        {
            Source = fileName, Format = report.Format is { } f ? new FormatId(f.Value) : null, Year = report.Year, Agency = report.Agency,
        };
        if (report.Profile is { } p && (p.Type is not null || p.Level is not null)) part.Profile = new AgencyProfile(p.Type, p.Level, "corpus");
        foreach (var s in report.Sections.Values.Where(s => inputs.Sections.Contains(s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal).OrderBy(s => TemplateOrder.Section(s.Key)))
            part.Sections[s.Key] = new SectionText(s.Key, s.Heading, s.Text, AsStored(s.Source)) { Match = s.Match };
        foreach (var need in inputs.Cells)
        {
            if (!report.Tables.TryGetValue(need.Table, out var table)) continue;
            var cells = table.All.OrderBy(x => x.Row, StringComparer.Ordinal).ThenBy(x => x.Column, StringComparer.Ordinal).ToList();
            if (cells.Count == 0) continue;   // nothing stored: the corpus has no such table
            if (!part.Tables.TryGetValue(need.Table, out var kept)) part.Tables[need.Table] = kept = new TableValues { Layout = new FormatId(table.Layout.Value) };
            foreach (var row in (IEnumerable<string?>?)need.Rows ?? [null])
                foreach (var (rowKey, column, v) in cells)
                    if ((row is null || rowKey == row) && (need.Columns is not { } columns || columns.Contains(column)))
                        kept[rowKey, column] = new CellValue(v.State, v.Integer, v.Text, v.Raw, AsStored(v.Source));
        }
        return part;
    }

    /// <summary>Provenance as <see cref="ProvenanceJson.Parse"/> gives it back from the JSON the corpus stores.</summary>
    static Provenance? AsStored(Provenance? p)
    {
        if (p is null) return null;
        double? x = p.X is double px ? Math.Round(px, 2) : null, y = p.Y is double py ? Math.Round(py, 2) : null;
        return new Provenance(p.Kind) { Line = p.Line, Column = p.Column, Length = p.Length, Table = p.Table, Row = p.Row, Cell = p.Cell, Paragraph = p.Paragraph, Page = p.Page, X = x, Y = y };
    }
}
