using System.Globalization;
using Nianbao.Model;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// Runs poppler's <c>pdftotext -bbox-layout</c> (Debian poppler-utils), found on PATH at run time. No PDF text
/// extractor is available as a NuGet package here, so the text layer comes from this external program. The page
/// count (poppler's <c>pdfinfo</c>) is checked against <see cref="InputLimits.MaxPdfPages"/> first, and pdftotext
/// is told to stop one page past the limit in any case; its output goes to a file read as a stream, so a long PDF
/// never sits in memory as one string.
/// </summary>
internal sealed class PdfToText(string? searchPath = null)
{
    const string Tool = "pdftotext";

    /// <summary>Where the poppler and Tesseract programs are looked for (null: PATH).</summary>
    public string? SearchPath => searchPath;

    /// <summary>How long one PDF may take before it is reported unreadable.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The program's full path, looked up in the search path given (default: PATH); null when missing.</summary>
    public string? Find() => ExternalTool.Find(Tool, searchPath);

    /// <summary>The pages of word boxes of a PDF. Throws <see cref="InputException"/> when the program is missing,
    /// fails (damaged or password-protected PDF), runs out of time or the PDF has more pages than the limit.</summary>
    internal List<PdfPage> Pages(byte[] pdf, InputLimits limits)
    {
        var exe = Find() ?? throw new InputException("NB-INPUT-TOOL-MISSING", ("kind", "PDF"), ("tool", Tool), ("package", "poppler-utils"));
        var file = Path.Combine(Path.GetTempPath(), $"nianbao-{Guid.NewGuid():N}.pdf");
        var output = Path.ChangeExtension(file, ".html");
        try
        {
            File.WriteAllBytes(file, pdf);
            if (PageCount(file) is { } count && count > limits.MaxPdfPages) throw PageLimit(count, limits);
            var result = ExternalTool.Run(exe, ["-bbox-layout", "-enc", "UTF-8", "-l", (limits.MaxPdfPages + 1).ToString(CultureInfo.InvariantCulture), file, output], Timeout);
            if (result.TimedOut)
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} did not finish within {Timeout.TotalSeconds:0} s"));
            if (result.ExitCode != 0 || !File.Exists(output))
            {
                var reason = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} exit code {result.ExitCode}{(reason is null ? "" : ": " + reason)}"));
            }
            using var xhtml = new StreamReader(output, System.Text.Encoding.UTF8);
            var pages = BboxLayout.Parse(xhtml, new CellBudget(limits.MaxCells));
            if (pages.Count > limits.MaxPdfPages) throw PageLimit(pages.Count, limits);
            return pages;
        }
        finally
        {
            foreach (var f in new[] { file, output })
                try { File.Delete(f); } catch (IOException) { }
        }
    }

    static InputException PageLimit(long count, InputLimits limits) =>
        InputLimits.Exceeded("NB-INPUT-LIMIT-PDF-PAGES", "pdf-pages", count, limits.MaxPdfPages);

    /// <summary>The page count pdfinfo states (same package as pdftotext); null when pdfinfo is missing or cannot
    /// read the file (pdftotext then says what is wrong).</summary>
    long? PageCount(string file)
    {
        if (ExternalTool.Find("pdfinfo", searchPath) is not { } pdfinfo) return null;
        var result = ExternalTool.Run(pdfinfo, [file], Timeout);
        if (result.TimedOut || result.ExitCode != 0) return null;
        foreach (var line in result.Output.Split('\n'))
            if (line.StartsWith("Pages:", StringComparison.Ordinal)
                && long.TryParse(line.AsSpan(6).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pages))
                return pages;
        return null;
    }
}
