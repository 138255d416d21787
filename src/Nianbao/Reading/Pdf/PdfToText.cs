using Nianbao.Model;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// Runs poppler's <c>pdftotext -bbox-layout</c> (Debian poppler-utils), found on PATH at run time. No PDF text
/// extractor is available as a NuGet package here, so the text layer comes from this external program.
/// </summary>
public sealed class PdfToText(string? searchPath = null)
{
    const string Tool = "pdftotext";

    /// <summary>How long one PDF may take before it is reported unreadable.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The program's full path, looked up in the search path given (default: PATH); null when missing.</summary>
    public string? Find() => ExternalTool.Find(Tool, searchPath);

    /// <summary>The XHTML word boxes of a PDF. Throws <see cref="InputException"/> when the program is missing,
    /// fails (damaged or password-protected PDF) or runs out of time.</summary>
    public string BboxLayout(byte[] pdf)
    {
        var exe = Find() ?? throw new InputException("NB-INPUT-TOOL-MISSING", ("kind", "PDF"), ("tool", Tool), ("package", "poppler-utils"));
        var file = Path.Combine(Path.GetTempPath(), $"nianbao-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var result = ExternalTool.Run(exe, ["-bbox-layout", "-enc", "UTF-8", file, "-"], Timeout);
            if (result.TimedOut)
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} did not finish within {Timeout.TotalSeconds:0} s"));
            if (result.ExitCode != 0)
            {
                var reason = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} exit code {result.ExitCode}{(reason is null ? "" : ": " + reason)}"));
            }
            return result.Output;
        }
        finally
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }
}
