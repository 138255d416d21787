using System.Globalization;
using Nianbao.Reading.Pdf.Scan;

namespace Nianbao.Reading.Pdf;

/// <summary>
/// The ruled tables of a text-layer PDF's pages, found from the drawn rules: the pages rasterised by pdftoppm at a low
/// resolution without anti-aliasing (<see cref="Dpi"/>; the rules come out as crisp lines of a pixel or two) and read
/// by <see cref="RulingGrid"/>. A Word file printed to PDF draws every cell's borders, so its rows are found from
/// the rules, not guessed from where the numbers sit (docs/format.md §9.1 A17). Null when pdftoppm is missing or fails:
/// the reader then rebuilds tables from word positions alone.
/// </summary>
static class RuledPages
{
    public const int Dpi = 100;

    /// <summary>Points per pixel at <see cref="Dpi"/>.</summary>
    public const double Scale = 72.0 / Dpi;

    public static List<List<GridTable>>? Find(byte[] pdf, int pages, string? searchPath, TimeSpan timeout)
    {
        if (pages == 0 || ExternalTool.Find("pdftoppm", searchPath) is not { } pdftoppm) return null;
        var dir = Directory.CreateTempSubdirectory("nianbao-rules-");
        try
        {
            var file = Path.Combine(dir.FullName, "in.pdf");
            File.WriteAllBytes(file, pdf);
            var run = ExternalTool.Run(pdftoppm, ["-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-aa", "no", "-aaVector", "no",
                "-l", pages.ToString(CultureInfo.InvariantCulture), file, Path.Combine(dir.FullName, "p")], timeout);
            if (run.TimedOut || run.ExitCode != 0) return null;
            var images = Directory.GetFiles(dir.FullName, "p-*.pgm").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
            if (images.Count != pages) return null;
            return images.Select(i => RulingGrid.Find(GrayImage.ReadPgm(i), Dpi)).ToList();
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
