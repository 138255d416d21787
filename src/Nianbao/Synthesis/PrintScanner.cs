using System.Diagnostics;

namespace Nianbao.Synthesis;

/// <summary>
/// A scanner for printed reports (docs/synthesis.md, the `scan` rendering; the tests' sample scans use it too): every
/// page of a PDF rasterised by pdftoppm at <see cref="Dpi"/> dpi in grey, and the page images put back together as an
/// image-only PDF by img2pdf, so nothing of the text layer survives. Needs poppler-utils and img2pdf (Debian).
/// </summary>
static class PrintScanner
{
    /// <summary>The scanner's resolution, inside the 150–300 dpi of office scanners.</summary>
    public const int Dpi = 200;

    /// <summary>Scans <paramref name="pdf"/> into the image-only PDF <paramref name="output"/>; throws
    /// <see cref="InvalidOperationException"/> when a program fails and <see cref="System.ComponentModel.Win32Exception"/>
    /// when one is not installed.</summary>
    /// <param name="pdf">The printed PDF.</param>
    /// <param name="output">The image-only PDF to write.</param>
    /// <param name="dpi">The scanner's resolution.</param>
    /// <param name="defects">What a poor scanner adds to every page (docs/ocr.md §6); ImageMagick is needed for any.</param>
    /// <param name="seed">The seed the defects are drawn from: the same seed, the same scan.</param>
    public static void Scan(string pdf, string output, int dpi = Dpi, ScanDefect defects = ScanDefect.None, int seed = 1)
    {
        var pages = Directory.CreateTempSubdirectory("nianbao-scan-");
        try
        {
            var r = dpi.ToString(System.Globalization.CultureInfo.InvariantCulture);
            List<string> images;
            if (defects == ScanDefect.None)
            {
                Run("pdftoppm", ["-r", r, "-gray", "-png", pdf, Path.Combine(pages.FullName, "page")]);
                images = Directory.GetFiles(pages.FullName, "page-*.png").Order(StringComparer.Ordinal).ToList();
            }
            else
            {
                // In colour: the seal is red.
                Run("pdftoppm", ["-r", r, pdf, Path.Combine(pages.FullName, "page")]);
                var ppms = Directory.GetFiles(pages.FullName, "page-*.ppm").Order(StringComparer.Ordinal).ToList();
                images = ppms.Select((ppm, i) =>
                {
                    var image = Path.ChangeExtension(ppm, defects.HasFlag(ScanDefect.Noise) ? ".jpg" : ".png");
                    ScanDefects.Apply(ppm, i, dpi, defects, seed, image);
                    return image;
                }).ToList();
            }
            if (images.Count == 0) throw new InvalidOperationException($"pdftoppm made no page of {pdf}");
            // ImageMagick's pages carry no resolution: the scanner's is given.
            Run("img2pdf", [.. defects == ScanDefect.None ? [] : new[] { "--imgsize", $"{r}dpix{r}dpi" }, .. images, "-o", output]);
        }
        finally { pages.Delete(recursive: true); }
    }

    /// <summary>Scans each PDF into the file <paramref name="output"/> names for it, two at a time; a PDF that cannot be
    /// scanned is listed in <paramref name="failed"/> and the others still are.</summary>
    /// <returns>The number of scans written.</returns>
    public static int ScanAll(IReadOnlyList<string> pdfs, Func<string, string> output, List<string> failed)
    {
        var done = 0;
        Parallel.ForEach(pdfs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, pdf =>
        {
            try { Scan(pdf, output(pdf)); Interlocked.Increment(ref done); }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException or TimeoutException)
            {
                lock (failed) failed.Add($"{Path.GetFileName(pdf)} → scan: {e.Message}");
            }
        });
        return done;
    }

    /// <summary>Runs a program, throwing when it fails or runs past four minutes; returns what it wrote.</summary>
    internal static string Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(4))) { p.Kill(true); throw new TimeoutException($"{tool} timed out"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({p.ExitCode}): {stdout.Result}{stderr.Result}".Trim());
        return stdout.Result;
    }
}
