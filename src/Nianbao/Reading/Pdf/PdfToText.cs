using System.Diagnostics;
using System.Text;
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

    /// <summary>The program's full path, looked up in <paramref name="searchPath"/> (default: PATH); null when missing.</summary>
    public string? Find()
    {
        var path = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, Tool);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The XHTML word boxes of a PDF. Throws <see cref="InputException"/> when the program is missing,
    /// fails (damaged or password-protected PDF) or runs out of time.</summary>
    public string BboxLayout(byte[] pdf)
    {
        var exe = Find() ?? throw new InputException("NB-INPUT-TOOL-MISSING", ("kind", "PDF"), ("tool", Tool), ("package", "poppler-utils"));
        var file = Path.Combine(Path.GetTempPath(), $"nianbao-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var a in new[] { "-bbox-layout", "-enc", "UTF-8", file, "-" }) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} did not finish within {Timeout.TotalSeconds:0} s"));
            }
            if (process.ExitCode != 0)
            {
                var reason = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} exit code {process.ExitCode}{(reason is null ? "" : ": " + reason)}"));
            }
            return stdout.Result;
        }
        finally
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }
}
