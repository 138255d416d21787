using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Nianbao.Tests.Samples;
using Nianbao.Writing;

namespace Nianbao.Tests.Writing;

/// <summary>
/// The rendered DOCX of every sample and of the 2019 layout is valid Office Open XML (OpenXmlValidator, Office
/// 2019 schemas) and prints: LibreOffice headless converts all of them to PDF in one batched run (./test.sh installs
/// libreoffice-writer-nogui; a missing soffice fails the test), and the PDF text holds the tables' labels and values.
/// </summary>
public class DocxPrintTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static IEnumerable<string> Names => SampleFiles.Names.Append(RoundTrip.Report2019Name);

    [Fact]
    public void Every_rendered_docx_passes_the_OpenXml_validator()
    {
        foreach (var name in Names)
        {
            using var stream = new MemoryStream(ReportWriter.Write(RoundTrip.Load(name), WriteTarget.Docx));
            using var doc = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).ToList();
            foreach (var e in errors.Take(10)) output.WriteLine($"{name}: {e.Path?.XPath}: {e.Description}");
            Assert.True(errors.Count == 0, $"{name}: {errors.Count} validation errors");
        }
    }

    [Fact]
    public void Every_rendered_docx_converts_to_pdf_with_LibreOffice()
    {
        var work = Directory.CreateTempSubdirectory("nianbao-print-");
        try
        {
            var files = Names.Select(n =>
            {
                var path = Path.Combine(work.FullName, n + ".docx");
                File.WriteAllBytes(path, ReportWriter.Write(RoundTrip.Load(n), WriteTarget.Docx));
                return path;
            }).ToList();
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var (code, text) = Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", work.FullName, .. files]);
            Assert.True(code == 0, "soffice failed: " + text);
            foreach (var name in Names)
            {
                var pdf = Path.Combine(work.FullName, name + ".pdf");
                Assert.True(File.Exists(pdf), $"{name}: no PDF");
                var (_, info) = Run("pdfinfo", [pdf]);
                var pages = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:")).Split(':')[1].Trim());
                Assert.InRange(pages, 2, 12);
                var (_, body) = Run("pdftotext", ["-layout", pdf, "-"]);
                var report = RoundTrip.Load(name);
                var template = Template.ReportTemplate.Embedded;
                // Text extraction keeps the characters; spacing of justified lines varies.
                var flat = string.Concat(body.Where(c => !char.IsWhiteSpace(c)));
                foreach (var section in template.Sections) Assert.True(flat.Contains(section.Label), $"{name}: no heading {section.Label} in the PDF");
                Assert.True(flat.Contains(string.Concat(LayoutBuilder.Build(report, template).Title.Where(c => !char.IsWhiteSpace(c)))), $"{name}: no title in the PDF");
                foreach (var table in report.Tables.Keys) Assert.True(flat.Contains(template.LabelOf(table, null, template.Table(table, report.Format!)!.Columns?.Last().Key ?? "-")) || table == Template.Keys.Tables.ActiveDisclosure, $"{name}: {table} header missing");
                output.WriteLine($"{name}: {pages} pages");
            }
        }
        finally { work.Delete(recursive: true); }
    }

    static (int Code, string Output) Run(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(4)), $"{tool} timed out");
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
