using System.Text.Json;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Pdf;

/// <summary>
/// The test PDFs, printed once per test run (about 1.5 s each, in parallel): the five samples, and variants of
/// linxia-city-2023 with one blank cell and with a whole blank column in table 三.
/// </summary>
public sealed class PdfFixture : IDisposable
{
    readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("nianbao-pdf-");
    readonly Dictionary<string, string> paths = [];

    public const string OneBlank = "linxia-one-blank";
    public const string BlankColumn = "linxia-blank-column";

    public PdfFixture()
    {
        if (new Nianbao.Reading.Pdf.PdfToText().Find() is null)
            throw new InvalidOperationException("pdftotext is not installed (apt-get install poppler-utils; ./test.sh installs it)");
        var pages = SampleFiles.Names.ToDictionary(n => n, n => ReportHtml.Build(SampleFiles.Expected(n)));
        var linxia = SampleFiles.Expected("linxia-city-2023");
        pages[OneBlank] = ReportHtml.Build(linxia, (t, r, c, v) => (t, r, c) is ("applications", "new_received", "commercial") ? null : v);
        pages[BlankColumn] = ReportHtml.Build(linxia, (t, _, c, v) => (t, c) is ("applications", "research") ? null : v);
        foreach (var (name, html) in pages)
        {
            File.WriteAllText(Path.Combine(dir.FullName, name + ".html"), html);
            paths[name] = Path.Combine(dir.FullName, name + ".pdf");
        }
        Parallel.ForEach(pages.Keys, new ParallelOptions { MaxDegreeOfParallelism = 3 },
            name => ChromiumPdf.Print(Path.Combine(dir.FullName, name + ".html"), paths[name]));
    }

    public byte[] Bytes(string name) => File.ReadAllBytes(paths[name]);

    public void Dispose() => dir.Delete(recursive: true);
}
