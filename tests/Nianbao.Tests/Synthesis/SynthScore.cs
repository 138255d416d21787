using Nianbao.Checking;
using Nianbao.Checking.Repair;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Synthesis;
using Nianbao.Template;

namespace Nianbao.Tests.Synthesis;

/// <summary>
/// parse(rendering) against the truth, cell by cell (docs/accuracy.md): right (the value, or blank where the truth is
/// blank, or absent where the truth lacks the row), an honest null (unreadable or not found, with a finding, where the
/// truth has a value or a blank), wrong (any other value, a value where the truth is blank, blank where it has one).
/// Report fields (format, year, agency, metadata, section texts) are counted apart; then each injected error is looked
/// for in the checker's findings on the right cell, with a hint proposing the true value.
/// </summary>
sealed partial class SynthScore(string rendering)
{
    public string Rendering { get; } = rendering;
    public int Reports, Cells, Right, HonestNull, Wrong, FieldsWrong, Injected, InjectedFound;
    public readonly List<string> NullSamples = [];
    public readonly List<string> Problems = [];

    void Problem(string text) { if (Problems.Count < 40) Problems.Add(text); }

    /// <summary>A text compared without whitespace, in simplified script, without pinyin annotations (the parse keeps
    /// the original text; the traditional renderings print it in traditional script with annotations).</summary>
    static string Fold(string? s) => s is null ? "" : new string(Annotation().Replace(s, "").Where(c => !char.IsWhiteSpace(c)).Select(TraditionalToSimplified.Map).ToArray());

    [System.Text.RegularExpressions.GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")]
    private static partial System.Text.RegularExpressions.Regex Annotation();

    /// <summary>Wrong values by table and format ("active_disclosure/2019"; "/blank" when the truth is blank), to tell a known gap from a new one.</summary>
    public readonly Dictionary<string, int> WrongWhere = [];

    /// <summary>Honest nulls by table, row and the finding that names the cell (or its row), apart where the report's
    /// injected error is in that table ("applications.granted (NB-RUN-NONE, table with an injected error)").</summary>
    public readonly Dictionary<string, int> NullWhere = [];

    public void Compare(SynthReport synth, Report parsed)
    {
        Reports++;
        var truth = synth.Truth;
        var name = synth.Name;
        if (parsed.Format != truth.Format) Field(name, "format", truth.Format?.Value, parsed.Format?.Value);
        if (parsed.Year != truth.Year) Field(name, "year", truth.Year?.ToString(), parsed.Year?.ToString());
        if (Fold(parsed.Agency) != Fold(truth.Agency)) Field(name, "agency", truth.Agency, parsed.Agency);
        foreach (var (key, m) in truth.Metadata)
            if (Fold(parsed.Metadata.GetValueOrDefault(key)?.Value) != Fold(m.Value))
                // A field OCR was unsure of says so (NB-M-OCR-UNSURE, docs/ocr.md §3): wrong, but not silently.
                Field(name, (parsed.Findings.Any(f => f.Code == "NB-M-OCR-UNSURE" && f.Arg("value") as string == parsed.Metadata.GetValueOrDefault(key)?.Value) ? "flagged." : "metadata.") + key,
                    m.Value, parsed.Metadata.GetValueOrDefault(key)?.Value);
        foreach (var (key, s) in truth.Sections)
            if (Fold(parsed.Sections.GetValueOrDefault(key)?.Text) != Fold(s.Text)) Field(name, "section." + key, s.Text, parsed.Sections.GetValueOrDefault(key)?.Text);

        var template = ReportTemplate.Embedded;
        foreach (var (key, table) in truth.Tables)
        {
            var def = template.Table(key, truth.Format!)!;
            foreach (var row in def.RowsFor(truth.Format!))
                foreach (var column in def.ColumnsOf(row))
                {
                    Cells++;
                    var want = table[row.Key, column.Key];
                    // Run together, 1 | 30 is the same digits as 13 | 0: a crawler dump of a split digit prints the true run.
                    if (Rendering == "crawler" && synth.Errors.FirstOrDefault(e => e.Kind == InjectedKinds.SplitDigit) is { } split)
                        foreach (var (c, correct) in split.Others.Select(o => (o.Cell, o.Correct)).Prepend((split.Cell!.Value, split.Correct)))
                            if (c == new CellRef(key, row.Key, column.Key)) want = CellValue.OfInteger(long.Parse(correct!), correct!, null);
                    var got = parsed.Value(key, row.Key, column.Key);
                    var cell = $"{name} {key}.{row.Key}.{column.Key}";
                    if (want.State == ValueState.Absent)
                    {
                        if (got.State == ValueState.Absent) Right++;
                        else { Wrong++; Problem($"{cell}: the row is not printed, read {got.State} {got.Raw}"); }
                    }
                    else if (got.State is ValueState.Unreadable or ValueState.Absent)
                    {
                        HonestNull++;
                        var at = new CellRef(key, row.Key, column.Key);
                        var code = (parsed.Findings.FirstOrDefault(f => f.Location.Table == key && f.Severity != Severity.Info
                                && (f.Location.Cells?.Any(c => c.Cell == at) == true || f.Location.Row == row.Key))
                            ?? parsed.Findings.FirstOrDefault(f => f.Location.Table == key && f.Severity != Severity.Info))?.Code ?? "no finding on its table";
                        var injected = synth.Errors.Any(e => e.Cell?.Table == key || e.Others.Any(o => o.Cell.Table == key)) ? ", table with an injected error" : "";
                        var where = $"{key}.{row.Key} ({code}{injected})";
                        NullWhere[where] = NullWhere.GetValueOrDefault(where) + 1;
                        if (NullSamples.Count < 5) NullSamples.Add($"{cell}: truth {Show(want)}, read {got.State} \"{got.Raw}\"");
                    }
                    else if (want.HasValue ? got.HasValue && got.Integer == want.Integer && got.Text == want.Text : !got.HasValue) Right++;
                    else
                    {
                        Wrong++;
                        var where = $"{key}/{truth.Format!.Value}" + (want.State == ValueState.Blank ? "/blank" : "");
                        WrongWhere[where] = WrongWhere.GetValueOrDefault(where) + 1;
                        Problem($"{cell}: truth {Show(want)}, read {Show(got)}");
                    }
                }
        }
    }

    static string Show(CellValue v) => v.HasValue ? (v.Integer?.ToString() ?? v.Text!) : v.State.ToString().ToLowerInvariant();

    /// <summary>Report fields read wrong, by kind (format, year, agency, metadata, section).</summary>
    public readonly Dictionary<string, int> FieldsWrongWhere = [];

    void Field(string name, string field, string? want, string? got)
    {
        FieldsWrong++;
        var kind = field.Split('.')[0];
        FieldsWrongWhere[kind] = FieldsWrongWhere.GetValueOrDefault(kind) + 1;
        Problem($"{name} {field}: truth \"{Trim(want)}\", read \"{Trim(got)}\"");
    }

    static string? Trim(string? s) => s is { Length: > 80 } ? s[..80] + "…" : s;

    /// <summary>Each injected error found by the parse or the checker at its cell, with a correct hint where the kind has one.</summary>
    public void Errors(SynthReport synth, Report parsed, Report? previous)
    {
        if (synth.Errors.Count == 0) return;
        var findings = ReportChecker.CheckOne(parsed, previous, ReportTemplate.Embedded);
        foreach (var e in synth.Errors)
        {
            if (Rendering == "crawler" && e.Kind == InjectedKinds.SplitDigit) continue;   // invisible once run together
            Injected++;
            var why = Found(e, findings);
            if (why is null) InjectedFound++;
            else Problem($"{synth.Name} injected {e.Kind} at {e.Cell} ({e.Printed} for {e.Correct}): {why}; findings: "
                + string.Join("; ", findings.Select(f => $"{f.Code} {f.Location.Row}/{f.Location.Column}")));
        }
    }

    string? Found(InjectedError e, IReadOnlyList<Finding> findings)
    {
        var cell = e.Cell;
        // A crawler dump runs a row's numbers together: a wrong number makes the row's digit run fit no split
        // (NB-RUN-NONE) or breaks a sum; the cell cannot be named, so no hint is asked of it (docs/accuracy.md).
        if (Rendering == "crawler" && e.Kind is InjectedKinds.WrongTotal or InjectedKinds.SplitDigit or InjectedKinds.BlankBlock)
            return findings.Any(f => f.Location.Table == Keys.Tables.Applications && f.Severity == Severity.Error
                && f.Code is "NB-T3-HSUM" or "NB-T3-VSUM" or "NB-T3-BAL" or "NB-RUN-NONE" or "NB-RUN-AMBIGUOUS") ? null : "no error in table 三";
        switch (e.Kind)
        {
            case InjectedKinds.WrongTotal:
            case InjectedKinds.SplitDigit:
            {
                var f = findings.FirstOrDefault(f => f.Code == "NB-T3-HSUM" && f.Location.Row == cell!.Value.Row);
                if (f is null) return "no NB-T3-HSUM on its row";
                if (f.Arg("suggestion") is not RepairSuggestion s) return "no hint";
                var expected = new[] { (cell!.Value, e.Correct) }.Concat(e.Others.Select(o => (o.Cell, o.Correct))).ToList();
                var kind = e.Kind == InjectedKinds.SplitDigit ? "split" : "cell";
                if (s.Kind != kind) return $"hint is {s.Kind}, not {kind}";
                var changes = s.Changes.Select(c => (c.Cell, c.Proposed.ToString())).ToList();
                return expected.All(x => changes.Contains((x.Item1, x.Item2!))) ? null : "hint proposes " + string.Join(", ", changes);
            }
            case InjectedKinds.BlankBlock:
            {
                var f = findings.FirstOrDefault(f => f.Code == "NB-T3-VSUM");
                if (f is null) return "no NB-T3-VSUM";
                // Any change the hint proposes is to a blanked cell and gives its true value.
                var truth = new[] { (cell!.Value, e.Correct) }.Concat(e.Others.Select(o => (o.Cell, o.Correct))).ToDictionary(x => x.Item1, x => x.Item2);
                foreach (var v in findings.Where(f => f.Code == "NB-T3-VSUM").Select(f => f.Arg("suggestion")).OfType<RepairSuggestion>().SelectMany(s => s.Changes))
                    if (!truth.TryGetValue(v.Cell, out var want) || want != v.Proposed.ToString()) return $"hint proposes {v.Cell} = {v.Proposed}";
                return null;
            }
            case InjectedKinds.MissingRow:
                return findings.Any(f => f.Code == "NB-S-ROW" && f.Location.Row == cell!.Value.Row) ? null : "no NB-S-ROW for the row";
            case InjectedKinds.WrongYear:
                return findings.Any(f => f.Code == "NB-NT-YEAR") ? null : "no NB-NT-YEAR";
            case InjectedKinds.BrokenCarryOver:
                return findings.Any(f => f.Code == "NB-XY-CARRY" && f.Location.Column == cell!.Value.Column) ? null : "no NB-XY-CARRY on its column";
            case InjectedKinds.NarrativeFigure:
                return findings.Any(f => f.Code == "NB-NT-APPS") ? null : "no NB-NT-APPS";
        }
        return "unknown kind";
    }

    public string Line() =>
        $"| {Rendering} | {Reports} | {Cells} | {Right} | {HonestNull} | {Wrong} | {FieldsWrong} | {InjectedFound}/{Injected} |";

    public const string Header = "| rendering | reports | cells | right | honest nulls | wrong | report fields wrong | injected errors found |\n|---|---:|---:|---:|---:|---:|---:|---:|";
}
