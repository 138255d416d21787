using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Nianbao.Model;

namespace Nianbao.Web.Shell;

/// <summary>
/// Errors as RFC 7807 problem details, built from the library's findings: the title is the catalogue's title, the
/// detail its message in the caller's language, and the extensions carry the stable <c>code</c> and the findings
/// (code, severity, message, location) so a client can act on them.
/// </summary>
public static class Problems
{
    /// <summary>A problem for one finding.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="finding">What went wrong.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem details.</returns>
    public static ProblemDetails Of(int status, Finding finding, string lang) => Of(status, finding, [finding], lang);

    /// <summary>A problem headed by <paramref name="head"/>, listing <paramref name="findings"/>.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="head">The finding that names the problem.</param>
    /// <param name="findings">The findings behind it (e.g. each broken rule).</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem details.</returns>
    public static ProblemDetails Of(int status, Finding head, IEnumerable<Finding> findings, string lang)
    {
        var p = new ProblemDetails
        {
            Status = status,
            Title = FindingCatalog.All.TryGetValue(head.Code, out var e) ? e.Title : head.Code,
            Detail = head.Message(lang),
            Type = "https://example.invalid/nianbao/problems/" + head.Code.ToLowerInvariant(),
        };
        p.Extensions["code"] = head.Code;
        p.Extensions["findings"] = findings.Select(f => Brief(f, lang)).ToList();
        return p;
    }

    /// <summary>A finding as JSON-ready data: code, severity, message, cell keys, repair hint.</summary>
    /// <param name="f">The finding.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>A dictionary for the JSON serializer.</returns>
    public static Dictionary<string, object?> Brief(Finding f, string lang) => new()
    {
        ["code"] = f.Code,
        ["severity"] = f.Severity.ToString().ToLowerInvariant(),
        ["message"] = f.Message(lang),
        ["cells"] = Cells(f).Select(c => c.ToString()).ToList(),
        ["section"] = f.Location.Section,
        ["hint"] = f.Arg("hint")?.ToString(),
    };

    /// <summary>Every table cell a finding concerns: its own cell and the further cells it names.</summary>
    /// <param name="f">The finding.</param>
    /// <returns>The cells, each once.</returns>
    public static IEnumerable<Template.CellRef> Cells(Finding f)
    {
        var l = f.Location;
        var seen = new HashSet<Template.CellRef>();
        if (l.Table is { } t && l.Row is { } r && l.Column is { } c && seen.Add(new(t, r, c))) yield return new(t, r, c);
        foreach (var cell in l.Cells ?? []) if (seen.Add(cell.Cell)) yield return cell.Cell;
        // A fill-in value that is not a number names its cell as an argument (NB-FILL-VALUE, NB-FILL-KEY).
        if (f.Arg("cell") is string key && key.Split('.') is [var kt, var kr, var kc] && seen.Add(new(kt, kr, kc))) yield return new(kt, kr, kc);
    }

    /// <summary>A problem as a result.</summary>
    /// <param name="p">The problem.</param>
    /// <returns>The result, with content type application/problem+json.</returns>
    public static IResult Result(ProblemDetails p) => Results.Problem(p);

    /// <summary>413: the upload is larger than the file-size limit.</summary>
    /// <param name="length">Bytes sent.</param>
    /// <param name="settings">The limits.</param>
    /// <param name="lang">zh or en.</param>
    /// <returns>The problem.</returns>
    public static ProblemDetails TooLarge(long length, ServeSettings settings, string lang) =>
        Of(StatusCodes.Status413PayloadTooLarge, Finding.Create("NB-INPUT-LIMIT-FILE", null,
            ("found", Mb(length) + " MB"), ("limit", Mb(settings.Limits.MaxFileBytes)), ("option", "file-mb")), lang);

    static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
