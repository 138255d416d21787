using Nianbao.Checking;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;
using Nianbao.Tests.Checking;

namespace Nianbao.Tests.Corpus;

/// <summary>The corpus gives the cross-year rules only what they read of a previous year (ReportLoader.LoadPrevious):
/// that part must be exactly the projection of the whole stored report, and an import's findings must be the ones
/// checking each report against its whole previous-year report gives.</summary>
public class PreviousYearLoadTests
{
    static List<(SynthReport Synth, string Path)> Write(TestCorpus t)
    {
        var synth = SynthCorpus.Generate(new SynthOptions(90, Seed: 5, ErrorRate: 0.35)).ToList();
        return synth.Select(s =>
        {
            var path = t.File(SynthRenderings.FileName(s.Name, SynthRendering.Pipe));
            File.WriteAllBytes(path, SynthCorpus.Render(s, SynthRendering.Pipe));
            return (s, path);
        }).ToList();
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void The_previous_year_part_loaded_is_the_projection_of_the_whole_stored_report(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var files = Write(t);
        Importer.Import(db, [.. files.Select(f => f.Path), .. TestCorpus.Samples]);
        var inputs = PreviousYearInputs.Of(ReportTemplate.Embedded);
        using var c = db.Connect();
        var ids = new List<long>();
        using (var cmd = Db.Command(c, null, "SELECT id FROM reports ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add(r.GetInt64(0));
        Assert.Equal(files.Count + TestCorpus.Samples.Length, ids.Count);
        var cells = 0;
        foreach (var id in ids)
        {
            var part = ReportLoader.LoadPrevious(c, null, id, inputs)!;
            Assert.Equal(Dump(inputs.Project(ReportLoader.Load(c, null, id)!)), Dump(part));
            cells += part.Tables.Values.Sum(v => v.All.Count());
        }
        Assert.True(cells >= ids.Count, $"{cells} cells loaded for {ids.Count} reports");
        Assert.Null(ReportLoader.LoadPrevious(c, null, -1, inputs));
    }

    /// <summary>An import answers its own later years from memory (ImportYears), decoding the part the rules read from
    /// the rows the writer stores: it is the part the corpus gives back once the report is stored — the same head,
    /// sections, cells (in the stored order on SQLite) and provenance.</summary>
    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void The_part_an_import_keeps_in_memory_is_the_part_loaded_back(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var files = Write(t);
        var paths = files.Select(f => f.Path).Concat(TestCorpus.Samples).ToList();
        Importer.Import(db, paths);
        var inputs = PreviousYearInputs.Of(ReportTemplate.Embedded);
        using var c = db.Connect();
        var cells = 0;
        foreach (var path in paths)
        {
            long id;
            using (var cmd = Db.Command(c, null, "SELECT r.id FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.path = @path"))
            {
                Db.Param(cmd, "path", path);
                id = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            var loaded = ReportLoader.LoadPrevious(c, null, id, inputs)!;
            var parsed = ReportParser.Parse(File.ReadAllBytes(path), Path.GetFileName(path));
            using var rows = ReportRows.Build(parsed, parsed.Findings);
            var kept = ImportYears.PartOf(rows, parsed, Path.GetFileName(path), inputs);
            Assert.Equal((loaded.Source, loaded.Format, loaded.Year, loaded.Agency, loaded.Profile), (kept.Source, kept.Format, kept.Year, kept.Agency, kept.Profile));
            Assert.Equal(loaded.Sections.Values, kept.Sections.Values);
            Assert.Equal(loaded.Tables.Select(x => (x.Key, x.Value.Layout)), kept.Tables.Select(x => (x.Key, x.Value.Layout)));
            foreach (var (key, table) in loaded.Tables)
            {
                var (a, b) = (table.All.ToList(), kept.Tables[key].All.ToList());
                // SQLite gives cells back in key order; PostgreSQL in the order they were written.
                if (engine != "sqlite") (a, b) = (a.OrderBy(x => (x.Row, x.Column)).ToList(), b.OrderBy(x => (x.Row, x.Column)).ToList());
                Assert.Equal(a, b);
                cells += a.Count;
            }
        }
        Assert.True(cells >= paths.Count, $"{cells} cells for {paths.Count} reports");
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void An_imports_findings_are_those_of_checking_against_the_whole_previous_year(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var files = Write(t);
        Importer.Import(db, files.Select(f => f.Path).ToList(), new ImportOptions { BatchSize = 7 });
        var parsed = files.ToDictionary(f => f.Synth.Name, f => ReportParser.Parse(File.ReadAllBytes(f.Path), Path.GetFileName(f.Path)));
        using var c = db.Connect();
        int withPrevious = 0, crossYear = 0;
        foreach (var (synth, path) in files)
        {
            var previous = synth.Previous is { } p ? parsed[p] : null;
            var expected = ReportChecker.CheckOne(parsed[synth.Name], previous, ReportTemplate.Embedded)
                .Select(f => $"{f.Code}|{ReportRowsKey(f)}|{f.Message("zh")}|{f.Message("en")}").ToList();
            var stored = new List<string>();
            using (var cmd = Db.Command(c, null, """
                SELECT f.code, f.location_key, f.message_zh, f.message_en FROM findings f
                JOIN reports r ON r.id = f.report_id JOIN sources s ON s.id = r.source_id WHERE s.file_name = @name ORDER BY f.ordinal
                """))
            {
                Db.Param(cmd, "name", Path.GetFileName(path));
                using var r = cmd.ExecuteReader();
                while (r.Read()) stored.Add($"{r.GetString(0)}|{r.GetString(1)}|{r.GetString(2)}|{r.GetString(3)}");
            }
            Assert.Equal(expected, stored);
            if (previous is not null) withPrevious++;
            crossYear += expected.Count(e => e.StartsWith("NB-XY-", StringComparison.Ordinal));
        }
        Assert.True(withPrevious >= 10 && crossYear >= 2, $"{withPrevious} reports with a previous year, {crossYear} cross-year findings");
    }

    static string ReportRowsKey(Finding f) => f.Location.Table is not null ? $"{f.Location.Table}.{f.Location.Row}.{f.Location.Column}" : f.Location.Section ?? "";

    /// <summary>A report's content as sorted lines (cells in any order).</summary>
    static List<string> Dump(Report r)
    {
        var lines = new List<string> { $"head {r.Source}|{r.Format?.Value}|{r.Year}|{r.Agency}|{r.Profile?.Type}|{r.Profile?.Level}|{r.Metadata.Count}|{r.NarrativeFigures.Count}" };
        lines.AddRange(r.Sections.Values.Select(s => $"section {s.Key}|{s.Heading}|{s.Text}|{s.Match}|{s.Source}"));
        foreach (var (key, table) in r.Tables)
        {
            lines.Add($"table {key}|{table.Layout.Value}");
            lines.AddRange(table.All.Select(x => $"cell {key}|{x.Row}|{x.Column}|{x.Value.State}|{x.Value.Integer}|{x.Value.Text}|{x.Value.Raw}|{x.Value.Source}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
