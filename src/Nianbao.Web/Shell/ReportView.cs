using Nianbao.Model;
using Nianbao.Output;
using Nianbao.Template;
using Nianbao.Writing;

namespace Nianbao.Web.Shell;

/// <summary>A finding as a page shows it: its number, code, severity, where, message and repair hint, its cells.</summary>
/// <param name="Number">From 1, as the cells refer to it.</param>
/// <param name="Code">The stable code.</param>
/// <param name="Severity">error, warning or info.</param>
/// <param name="Where">The location in words (ReviewReportText.Location).</param>
/// <param name="Message">The message.</param>
/// <param name="Hint">The repair hint, or null.</param>
/// <param name="Cells">The table cells it concerns.</param>
/// <param name="LocationKey">The corpus's location key (review decisions), or null outside the corpus.</param>
/// <param name="Decision">The review decision, or null.</param>
/// <param name="Comment">The reviewer's comment, or null.</param>
public sealed record ShownFinding(int Number, string Code, string Severity, string Where, string Message, string? Hint,
    IReadOnlyList<CellRef> Cells, string? LocationKey = null, string? Decision = null, string? Comment = null);

/// <summary>
/// A report's tables for a page: the library's HTML grid (<see cref="HtmlTables"/>) with each value cell annotated
/// by the findings on it (class by severity, their numbers, their messages as the cell's title) and where the value
/// came from (its printed text and source position), which the page's script shows when the value is clicked.
/// </summary>
public static class ReportView
{
    /// <summary>The findings as shown, numbered from 1.</summary>
    /// <param name="report">The report (for cell labels), or null.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The shown findings.</returns>
    public static List<ShownFinding> Findings(Report? report, IEnumerable<Finding> findings, string lang) =>
        findings.Select((f, i) => new ShownFinding(i + 1, f.Code, f.Severity.ToString().ToLowerInvariant(),
            ReviewReportText.Location(f.Location, report, lang, ReportTemplate.Embedded), f.Message(lang), HintOf(f, lang),
            Problems.Cells(f).ToList())).ToList();

    /// <summary>The repair hint when the message does not already carry it.</summary>
    static string? HintOf(Finding f, string lang) =>
        f.Arg("hint")?.ToString()?.Trim().TrimStart('。', '；', ' ') is { Length: > 0 } hint && !f.Message(lang).Contains(hint, StringComparison.Ordinal) ? hint : null;

    /// <summary>The annotated tables.</summary>
    /// <param name="report">The report.</param>
    /// <param name="findings">The shown findings.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>HTML (all text encoded by the library).</returns>
    public static string Tables(Report report, IReadOnlyList<ShownFinding> findings, string lang)
    {
        var on = new Dictionary<CellRef, List<ShownFinding>>();
        foreach (var f in findings)
            foreach (var c in f.Cells)
                (on.TryGetValue(c, out var list) ? list : on[c] = []).Add(f);
        return HtmlTables.Write(report, new HtmlTableOptions { Annotate = cell => Annotate(report, cell, on.GetValueOrDefault(cell), lang) });
    }

    static IEnumerable<KeyValuePair<string, string>> Annotate(Report report, CellRef cell, List<ShownFinding>? findings, string lang)
    {
        var value = report.Value(cell);
        if (value.Raw is { Length: > 0 } raw) yield return new("data-raw", raw);
        if (value.Source is { } source) yield return new("data-source", ReviewReportText.Position(source, lang));
        yield return new("data-state", value.State.ToString().ToLowerInvariant());
        if (findings is null) yield break;
        var worst = findings.Any(f => f.Severity == "error") ? "error" : findings.Any(f => f.Severity == "warning") ? "warning" : "info";
        yield return new("class", "f-" + worst);
        yield return new("data-findings", string.Join(' ', findings.Select(f => f.Number)));
        yield return new("title", string.Join("\n", findings.Select(f => $"{f.Number}. [{f.Code}] {f.Message}")));
    }
}

/// <summary>Findings as the corpus stores them, for the pages that show a stored report.</summary>
public static class StoredView
{
    /// <summary>The stored findings as shown, numbered from 1, with their decisions.</summary>
    /// <param name="stored">The stored report.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The shown findings.</returns>
    public static List<ShownFinding> Findings(Nianbao.Corpus.Query.StoredReport stored, string lang) =>
        stored.Findings.Select((f, i) =>
        {
            var cells = new List<CellRef>();
            if (f.LocationKey.Split('.') is [var t, var r, var c] && r.Length > 0) cells.Add(new(t, r, c));
            foreach (var key in f.Cells is { } json ? System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [] : [])
                if (key.Split('.') is [var kt, var kr, var kc] && !cells.Contains(new(kt, kr, kc))) cells.Add(new(kt, kr, kc));
            var where = cells.Count > 0 && f.LocationKey.Contains('.')
                ? ReviewReportText.CellLabel(cells[0].Table, cells[0].Row, cells[0].Column, stored.Report, lang, ReportTemplate.Embedded)
                : f.LocationKey.Length > 0 ? ReportTemplate.Embedded.Section(f.LocationKey)?.Label ?? f.LocationKey : "";
            return new ShownFinding(i + 1, f.Code, f.Severity.ToString().ToLowerInvariant(), where, f.Message(lang), null, cells,
                f.LocationKey, f.Decision ?? Nianbao.Corpus.Review.Decisions.Open, f.Comment);
        }).ToList();
}
