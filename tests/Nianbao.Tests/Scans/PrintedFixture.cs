using Nianbao.Tests.Samples;
using Nianbao.Tests.Writing;
using Nianbao.Synthesis;
using Nianbao.Writing;

namespace Nianbao.Tests.Scans;

/// <summary>
/// The five samples as a reader meets them after a person printed them: each sample's DOCX (the writer's output)
/// printed to PDF by LibreOffice headless (A4; wrapped labels and page breaks as they fall, header rows repeated on a
/// new page), and that PDF scanned: every page rasterised by pdftoppm at <see cref="ScanDpi"/> dpi and put back
/// together as an image-only PDF by img2pdf, so nothing of the text layer survives. Made once per test run
/// (./test.sh installs LibreOffice, poppler-utils and img2pdf; a missing program fails the fixture, never skips).
/// </summary>
public sealed class PrintedFixture : IDisposable
{
    /// <summary>The scanner's resolution, inside the 150–300 dpi: the synthetic scanner's 200, or
    /// <c>NIANBAO_SCAN_DPI</c> (150 to 300) to run the sample scans at another one (docs/ocr.md §4).</summary>
    public static int ScanDpi { get; } = Environment.GetEnvironmentVariable("NIANBAO_SCAN_DPI") is { Length: > 0 } v
        ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) is var dpi and >= 150 and <= 300 ? dpi
            : throw new InvalidOperationException($"NIANBAO_SCAN_DPI={v}: the issue's scans are 150 to 300 dpi")
        : PrintScanner.Dpi;

    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-printed-");

    public PrintedFixture()
    {
        var docx = SampleFiles.Names.Append(RoundTrip.Report2019Name).Select(n =>
        {
            var path = Path.Combine(dir.FullName, n + ".docx");
            File.WriteAllBytes(path, ReportWriter.Write(RoundTrip.Load(n), WriteTarget.Docx));
            return path;
        }).ToList();
        // The same printer and scanner as the synthetic corpus's pdf and scan renderings (docs/synthesis.md).
        var failed = new List<string>();
        Office.Convert(docx, dir.FullName, "pdf", failed);
        if (failed.Count > 0) throw new InvalidOperationException(string.Join("\n", failed));
        Parallel.ForEach(SampleFiles.Names, new ParallelOptions { MaxDegreeOfParallelism = 2 }, name => PrintScanner.Scan(Printed(name), Scanned(name), ScanDpi));
    }

    /// <summary>The sample's DOCX printed to PDF by LibreOffice.</summary>
    public string Printed(string name) => Path.Combine(dir.FullName, name + ".pdf");

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Model.Report>> scans = new();

    /// <summary>The scan parsed, once per test run (OCR takes seconds a page).</summary>
    public Model.Report ReadScan(string name) =>
        scans.GetOrAdd(name, n => new Lazy<Model.Report>(() => ReportParser.ParseFile(Scanned(n)))).Value;

    /// <summary>The printed PDF scanned into an image-only PDF.</summary>
    public string Scanned(string name) => Path.Combine(dir.FullName, name + "-scan.pdf");

    public void Dispose() => dir.Delete(recursive: true);
}
