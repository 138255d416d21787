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
/// "Cross-year rules"): a report is registered once its worker has checked it and built its rows, so a report of the
/// next year waits only for the earlier years to be checked, not to be committed. The answer is the one the corpus
/// would give once those years are stored — same agency, year − 1, exact scope first, then the smallest SHA-256, over
/// this import's reports and those the corpus held before (read only for agencies the corpus knew) — and the part
/// given to the rules is what <see cref="ReportLoader.LoadPrevious"/> would read back, decoded from the very rows
/// the writer stores (<see cref="PartOf"/>). Nothing is built or kept for a report that is never asked for, and
/// nothing is kept of a report once its batch is committed (the writer calls <see cref="Committed"/> before it lets
/// its rows go): from then on the corpus answers for it, so the import's memory does not grow with the number of
/// reports it has written (docs/benchmarks.md "Corpus import").
/// </summary>
sealed class ImportYears(string parserVersion, PreviousYearInputs inputs)
{
    sealed class Entry(string sha, string? scope, Report head, string fileName, EncodedRows rows, Filing filed)
    {
        public string Sha { get; } = sha;
        public string? Scope { get; } = scope;
        /// <summary>The report's head, file name and rows until it is committed (then null, and <see cref="ReportId"/>
        /// set, while the entry is let go).</summary>
        public Report? Head = head;
        public string? FileName = fileName;
        public EncodedRows? Rows = rows;
        public long ReportId;
        /// <summary>The reports of its agency and year it is filed with.</summary>
        public Filing Filed { get; } = filed;
    }

    /// <summary>The registered reports of one agency and year not committed yet; taken out of <see cref="byYear"/>
    /// (and marked so, under its lock) when the last is committed.</summary>
    sealed class Filing((string Agency, int Year) key)
    {
        public (string Agency, int Year) Key { get; } = key;
        public readonly List<Entry> Entries = [];
        public bool Removed;
    }

    readonly ConcurrentDictionary<(string Agency, int Year), Filing> byYear = new();
    readonly ConcurrentDictionary<string, Entry> bySha = new(StringComparer.Ordinal);
    /// <summary>Agency key → the corpus's agency id when the corpus knew the key at the first look-up (null: new to it).</summary>
    readonly ConcurrentDictionary<string, long?> agencies = new(StringComparer.Ordinal);

    /// <summary>What the previous-year look-up found: a report of this import not yet committed (its SHA-256 and the
    /// part the rules read), or a stored report to load by id, or nothing.</summary>
    public readonly record struct Found(PreviousRef? Stored, string? PendingSha, Report? Part);

    /// <summary>Where an agency's reports are filed: under the corpus's agency id when it knew the key before this
    /// import wrote it (aliases of one agency meet there), else under the key (a new key makes a new agency). Asked
    /// once per key: a key's first look-up comes before any report of it is committed.</summary>
    string Filed(DbConnection c, string key, out long? agencyId)
    {
        agencyId = agencies.GetOrAdd(key, k => AgencyStore.Lookup(c, null, k));
        return agencyId is long id ? "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : "=" + key;
    }

    /// <summary>The corpus's agency id of a key new to it when this import began, once this import has committed a
    /// report of it (the writer then made the agency under the key); asked of the corpus only then, and once.</summary>
    long? Created(DbConnection c, string key)
    {
        if (!created.TryGetValue(key, out var id)) return null;   // nothing of it committed: the corpus has no such agency
        if (id is null && AgencyStore.Lookup(c, null, key) is long found) created[key] = id = found;
        return id;
    }

    /// <summary>Keys new to the corpus of which this import has committed a report, with the agency id once looked up.</summary>
    readonly ConcurrentDictionary<string, long?> created = new(StringComparer.Ordinal);

    /// <summary>Registers a checked report of this import with its rows (before it is queued for the writer).</summary>
    public void Register(DbConnection c, AgencyIdentity agency, int year, string? scope, string sha, Report head, string fileName, EncodedRows rows)
    {
        var key = (Filed(c, agency.Key, out _), year);
        while (true)
        {
            var filing = byYear.GetOrAdd(key, k => new Filing(k));
            lock (filing)
            {
                if (filing.Removed) continue;   // its last report was committed meanwhile: a new one is made
                var entry = new Entry(sha, scope, head, fileName, rows, filing);
                bySha[sha] = entry;
                filing.Entries.Add(entry);
                return;
            }
        }
    }

    /// <summary>The report is committed under <paramref name="reportId"/>; called before its rows are let go. The
    /// entry is let go too: the corpus answers for the report from now on (a look-up running meanwhile may still
    /// hold the entry, which then names the stored report).</summary>
    public void Committed(string sha, long reportId)
    {
        if (!bySha.TryGetValue(sha, out var entry)) return;
        lock (entry)
        {
            entry.ReportId = reportId;
            entry.Rows = null;
            entry.Head = null;
            entry.FileName = null;
        }
        var filing = entry.Filed;
        if (filing.Key.Agency.StartsWith('=')) created.TryAdd(filing.Key.Agency[1..], null);
        lock (filing)
        {
            filing.Entries.Remove(entry);
            if (filing.Entries.Count == 0)
            {
                filing.Removed = true;
                byYear.TryRemove(new KeyValuePair<(string, int), Filing>(filing.Key, filing));
            }
        }
        bySha.TryRemove(new KeyValuePair<string, Entry>(sha, entry));
    }

    /// <summary>Reports registered and not committed yet, and agency-years they are filed under (what the import holds
    /// in memory).</summary>
    internal (int Reports, int Filings) Held => (bySha.Count, byYear.Count);

    /// <summary>The previous-year report of (agency, year, scope): the rule of <see cref="PreviousYears.Pick"/> over this
    /// import's registered reports and the corpus's own.</summary>
    public Found Find(DbConnection c, AgencyIdentity agency, int year, string? scope)
    {
        var filed = Filed(c, agency.Key, out var agencyId);
        var candidates = new List<Candidate>();
        if (byYear.TryGetValue((filed, year - 1), out var filing))
            lock (filing)
                foreach (var e in filing.Entries) candidates.Add(new Candidate(e.Sha, e.Scope, e, null));
        // Reports of this import already committed are the corpus's: under a key new to it, the agency the writer made.
        if ((agencyId ?? Created(c, agency.Key)) is long id)
            foreach (var stored in PreviousYears.Candidates(c, null, id, year - 1))
                // A report this import read again is answered from what it read now, not from the stored version.
                if (!bySha.ContainsKey(stored.Sha)) candidates.Add(new Candidate(stored.Sha, stored.Scope, null, stored.Ref));
        var pick = PreviousYears.Pick(candidates, scope, x => x.Sha, x => x.Scope);
        if (pick is null) return default;
        if (pick.Entry is not { } entry) return new Found(pick.Stored, null, null);
        lock (entry)
            return entry.Rows is { } rows
                ? new Found(null, entry.Sha, PartOf(rows, entry.Head!, entry.FileName!, inputs))
                : new Found(new PreviousRef(entry.ReportId, parserVersion), null, null);
    }

    sealed record Candidate(string Sha, string? Scope, Entry? Entry, PreviousRef? Stored);

    /// <summary>
    /// The part of a report the cross-year rules read, exactly as <see cref="ReportLoader.LoadPrevious"/> reads it
    /// back once stored, decoded from the rows the writer stores (<see cref="ReportRows.Build"/>): the head as the
    /// reports row keeps it (file name, profile marked as from the corpus), the compared sections in template order,
    /// the read cells in the order of the clustered key (as SQLite gives them back).
    /// </summary>
    public static Report PartOf(EncodedRows rows, Report head, string fileName, PreviousYearInputs inputs)
    {
        var part = new Report
        {
            Source = fileName, Format = head.Format is { } f ? new FormatId(f.Value) : null, Year = head.Year, Agency = head.Agency,
        };
        if (head.Profile is { } p && (p.Type is not null || p.Level is not null)) part.Profile = new AgencyProfile(p.Type, p.Level, "corpus");
        string? Text(int row, int column) => rows.FieldOf(row, column) is { Kind: EncodedRows.Kind.Text } f ? rows.StringOf(f) : null;
        long? Int(int row, int column) => rows.FieldOf(row, column) is { Kind: EncodedRows.Kind.Int } f ? rows.IntOf(f) : null;

        // sections: key, heading, text, match, provenance (fields 0–4).
        var sections = new List<SectionText>();
        foreach (var r in rows.KeyOrder(Array.IndexOf(BulkTable.All, BulkTable.Sections)))
            if (Text(r, 0) is { } key && inputs.Sections.Contains(key))
                sections.Add(new SectionText(key, Text(r, 1)!, Text(r, 2)!, ProvenanceJson.Parse(Text(r, 4))) { Match = Text(r, 3)! });
        foreach (var s in sections.OrderBy(s => s.Key, StringComparer.Ordinal).OrderBy(s => TemplateOrder.Section(s.Key))) part.Sections[s.Key] = s;

        // report_values: table, row, column, layout, value_int, value_text, blank, state, raw, provenance (fields 0–9), in key order.
        // Each row's keys are decoded once; the loops below then compare strings (the same order as LoadPrevious).
        var values = rows.KeyOrder(Array.IndexOf(BulkTable.All, BulkTable.Values)).ToArray();
        var keys = Array.ConvertAll(values, r => (Table: Text(r, 0)!, Row: Text(r, 1)!, Column: Text(r, 2)!));
        foreach (var need in inputs.Cells)
        {
            if (!part.Tables.TryGetValue(need.Table, out var table))
            {
                var first = Array.FindIndex(keys, k => k.Table == need.Table);
                if (first < 0 || Text(values[first], 3) is not { } layout) continue;   // nothing stored: the corpus has no such table
                part.Tables[need.Table] = table = new TableValues { Layout = new FormatId(layout) };
            }
            foreach (var row in (IEnumerable<string?>?)need.Rows ?? [null])
                for (var i = 0; i < values.Length; i++)
                {
                    var (tableKey, rowKey, column) = keys[i];
                    if (tableKey != need.Table || row is not null && rowKey != row) continue;
                    if (need.Columns is { } columns && !columns.Contains(column)) continue;
                    var r = values[i];
                    table[rowKey, column] = new CellValue(States[Text(r, 7)!], Int(r, 4), Text(r, 5), Text(r, 8), ProvenanceJson.Parse(Text(r, 9)));
                }
        }
        return part;
    }

    static readonly Dictionary<string, ValueState> States = Enum.GetValues<ValueState>().ToDictionary(ReportRows.State);
}
