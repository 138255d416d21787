using System.Diagnostics;
using System.Text.Json.Nodes;
using Nianbao.Output;
using Nianbao.Template;

namespace Nianbao.Synthesis;

/// <summary>What to generate.</summary>
/// <param name="Count">How many reports.</param>
/// <param name="Seed">The seed: the same seed gives the same reports and the same bytes.</param>
/// <param name="ErrorRate">The share of reports (0 to 1) that get one injected error.</param>
/// <param name="Renderings">The renderings to write; null for <see cref="SynthRenderings.Default"/>.</param>
public sealed record SynthOptions(int Count, int Seed = 1, double ErrorRate = 0, IReadOnlyList<SynthRendering>? Renderings = null);

/// <summary>What <see cref="SynthCorpus.Write"/> wrote.</summary>
/// <param name="Reports">Reports generated.</param>
/// <param name="Files">Rendered files written (truth files not counted).</param>
/// <param name="Errors">Reports with an injected error.</param>
/// <param name="Failed">Renderings that could not be made (LibreOffice missing or failing), with the reason.</param>
public sealed record SynthSummary(int Reports, int Files, int Errors, IReadOnlyList<string> Failed);

/// <summary>
/// Synthetic corpora with ground truth (docs/synthesis.md): consistent reports with realistic distributions, each rendered
/// through the writer (docs/writing.md) into every kind of file Nianbao reads, beside it its truth in the codebook JSON
/// shape with the injected errors. Never calls the reading stages: what the readers make of the files is for the
/// accuracy tests to measure.
/// </summary>
public static class SynthCorpus
{
    /// <summary>The reports of a corpus, in order; deterministic for <see cref="SynthOptions.Seed"/>.</summary>
    /// <param name="options">Count, seed and error rate.</param>
    /// <param name="template">The template; null for the embedded one.</param>
    /// <returns>The reports, generated lazily.</returns>
    public static IEnumerable<SynthReport> Generate(SynthOptions options, ReportTemplate? template = null) =>
        new ReportGenerator(template ?? ReportTemplate.Embedded).Generate(options.Count, options.Seed, options.ErrorRate);

    /// <summary>A report in one rendering (not <see cref="SynthRendering.Doc"/>, <see cref="SynthRendering.Pdf"/> or
    /// <see cref="SynthRendering.Scan"/>, which LibreOffice and the scanner make from the DOCX in <see cref="Write"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="rendering">The rendering.</param>
    /// <param name="template">The template; null for the embedded one.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Render(SynthReport report, SynthRendering rendering, ReportTemplate? template = null) =>
        Renderer.Render(report, rendering, template ?? ReportTemplate.Embedded);

    /// <summary>The truth of a report: the codebook JSON shape of `nianbao parse --format json` (format, year, agency,
    /// metadata, sections, tables; blank cells null, a missing row absent), with "unit_kind", "previous" (the name of the
    /// same unit's report of the year before, or null) and "injected" (each error: kind, cell, printed, correct, codes, others).</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented JSON.</returns>
    public static string TruthJson(SynthReport report)
    {
        var root = JsonNode.Parse(JsonReportWriter.ToJson(report.Truth))!.AsObject();
        root.Remove("findings");
        root.Remove("narrative_figures");
        root["unit_kind"] = report.UnitKind;
        root["previous"] = report.Previous;
        var injected = new JsonArray();
        foreach (var e in report.Errors)
            injected.Add(new JsonObject
            {
                ["kind"] = e.Kind, ["cell"] = e.Cell?.ToString(), ["printed"] = e.Printed, ["correct"] = e.Correct,
                ["codes"] = new JsonArray([.. e.Codes.Select(c => (JsonNode)c)]),
                ["others"] = new JsonArray([.. e.Others.Select(o => (JsonNode)new JsonObject { ["cell"] = o.Cell.ToString(), ["printed"] = o.Printed, ["correct"] = o.Correct })]),
            });
        root["injected"] = injected;
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Writes a corpus to <paramref name="directory"/>: each report's renderings (NAME.pipe.txt, NAME.html, NAME.docx …)
    /// and NAME.truth.json beside them. The .doc and PDF renderings are converted from the DOCX by LibreOffice headless
    /// (soffice) in batches, the scans (NAME.scan.pdf) made from those PDFs by pdftoppm and img2pdf; when a program is
    /// missing or fails, that is listed in <see cref="SynthSummary.Failed"/> and the other files are still written.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="directory">The folder (created when missing).</param>
    /// <param name="template">The template; null for the embedded one.</param>
    /// <returns>What was written.</returns>
    public static SynthSummary Write(SynthOptions options, string directory, ReportTemplate? template = null)
    {
        template ??= ReportTemplate.Embedded;
        Directory.CreateDirectory(directory);
        var renderings = options.Renderings ?? SynthRenderings.Default;
        var office = renderings.Where(SynthRenderings.NeedsOffice).ToList();
        var (reports, files, errors) = (0, 0, 0);
        var docx = new List<string>();
        foreach (var report in Generate(options, template))
        {
            reports++;
            if (report.Errors.Count > 0) errors++;
            File.WriteAllText(Path.Combine(directory, report.Name + ".truth.json"), TruthJson(report));
            foreach (var r in renderings.Where(r => !SynthRenderings.NeedsOffice(r)))
            {
                File.WriteAllBytes(Path.Combine(directory, SynthRenderings.FileName(report.Name, r)), Render(report, r, template));
                files++;
            }
            if (office.Count > 0)
            {
                var path = Path.Combine(directory, SynthRenderings.FileName(report.Name, SynthRendering.Docx));
                if (!renderings.Contains(SynthRendering.Docx)) File.WriteAllBytes(path, Render(report, SynthRendering.Docx, template));
                docx.Add(path);
            }
        }
        var failed = new List<string>();
        if (office.Contains(SynthRendering.Doc)) files += Office.Convert(docx, directory, "doc", failed);
        if (office.Contains(SynthRendering.Pdf) || office.Contains(SynthRendering.Scan))
        {
            var printed = Office.Convert(docx, directory, "pdf", failed);
            if (office.Contains(SynthRendering.Pdf)) files += printed;
            var pdfs = docx.Select(d => Path.ChangeExtension(d, ".pdf")).Where(File.Exists).ToList();
            if (office.Contains(SynthRendering.Scan))
                files += PrintScanner.ScanAll(pdfs, pdf => Path.ChangeExtension(pdf, ".scan.pdf"), failed);
            if (!office.Contains(SynthRendering.Pdf))
                foreach (var p in pdfs) File.Delete(p);
        }
        if (office.Count > 0 && !renderings.Contains(SynthRendering.Docx))
            foreach (var d in docx) File.Delete(d);
        return new SynthSummary(reports, files, errors, failed);
    }
}

/// <summary>LibreOffice headless converting DOCX files in batches (one soffice run per 100 files, a profile folder of its
/// own per call, so two conversions in one process do not share it). The tests' printed samples use it too.</summary>
static class Office
{
    public static int Convert(IReadOnlyList<string> docx, string directory, string to, List<string> failed)
    {
        var converted = 0;
        var profile = Path.Combine(Path.GetTempPath(), $"nianbao-synth-lo-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            for (var i = 0; i < docx.Count; i += 100)
            {
                var batch = docx.Skip(i).Take(100).ToList();
                var start = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{profile}", "--convert-to", to, "--outdir", directory }) start.ArgumentList.Add(a);
                foreach (var d in batch) start.ArgumentList.Add(d);
                using var p = Process.Start(start)!;
                var stderr = p.StandardError.ReadToEndAsync();
                p.StandardOutput.ReadToEnd();
                if (!p.WaitForExit(TimeSpan.FromSeconds(60 + 10 * batch.Count))) { p.Kill(true); failed.Add($"{to}: soffice timed out"); continue; }
                foreach (var d in batch)
                    if (File.Exists(Path.ChangeExtension(d, "." + to))) converted++;
                    else failed.Add($"{Path.GetFileName(d)} → {to}: {stderr.Result.Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception e) { failed.Add($"{to}: soffice (LibreOffice) not found: {e.Message}"); }
        finally { try { Directory.Delete(profile, true); } catch (IOException) { } }
        return converted;
    }
}
