using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Model;

namespace Nianbao.Tests.Corpus;

/// <summary>The storage behaviour, the same test against SQLite and PostgreSQL.</summary>
public class StorageTests
{
    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Import_stores_every_value_and_blank_of_the_samples(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        var summary = Importer.Import(db, TestCorpus.Samples);
        Assert.Equal((5, 0, 0, 0), (summary.New, summary.Unchanged, summary.Reparsed, summary.Failed));

        using var c = db.Connect();
        foreach (var file in TestCorpus.Samples)
        {
            var parsed = ReportParser.ParseFile(file);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
            var id = Convert.ToInt64(Nianbao.Corpus.Storage.Db.Scalar(c, null,
                "SELECT r.id FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.sha256 = @s", ("s", sha)));
            var stored = ReportLoader.Load(c, null, id)!;
            Assert.Equal(parsed.Agency, stored.Agency);
            Assert.Equal(parsed.Year, stored.Year);
            Assert.Equal(parsed.Format, stored.Format);
            var expected = parsed.Tables.SelectMany(t => t.Value.All.Select(v => (t.Key, v.Row, v.Column, v.Value))).ToList();
            var actual = stored.Tables.SelectMany(t => t.Value.All.Select(v => (t.Key, v.Row, v.Column, v.Value))).ToList();
            Assert.Equal(expected.Count, actual.Count);
            Assert.Equal(expected, actual);   // value, state (blank is never 0), raw text and provenance, in printed order
            Assert.Contains(expected, v => v.Value.State == ValueState.Blank || v.Value.Integer is null);
            Assert.Equal(parsed.Sections.Values, stored.Sections.Values);
            Assert.Equal(parsed.Metadata.Values.OrderBy(m => m.Key), stored.Metadata.Values.OrderBy(m => m.Key));
        }
        Assert.Equal(5, CorpusDump.Count(db, "SELECT COUNT(*) FROM agencies"));
        // The division dataset behind the region codes is recorded.
        Assert.Equal(1, CorpusDump.Count(db, "SELECT COUNT(*) FROM nianbao_meta WHERE key = 'divisions_dataset' AND value LIKE 'china-division 2.7.0%'"));
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Reimport_is_unchanged_and_a_parser_upgrade_reparses(string engine)
    {
        using var t = new TestCorpus(engine);
        var db = CorpusDb.Open(t.Target);
        Importer.Import(db, TestCorpus.Samples);
        var before = CorpusDump.Of(db);
        var again = Importer.Import(db, TestCorpus.Samples);
        Assert.Equal((0, 5, 0, 0), (again.New, again.Unchanged, again.Reparsed, again.Failed));
        Assert.Equal(before, CorpusDump.Of(db));

        var upgraded = Importer.Import(db, TestCorpus.Samples, new ImportOptions { ParserVersion = "99.0.0+test" });
        Assert.Equal((0, 0, 5, 0), (upgraded.New, upgraded.Unchanged, upgraded.Reparsed, upgraded.Failed));
        Assert.Equal(5, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports WHERE parser_version = '99.0.0+test'"));
        Assert.Equal(5, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports"));
        // Same content, same values: only the recorded version changed.
        Assert.Equal(before.Where(l => l.StartsWith("value ", StringComparison.Ordinal)),
            CorpusDump.Of(db).Where(l => l.StartsWith("value ", StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void Same_content_is_stored_once_and_a_failure_never_blocks_the_others(string engine)
    {
        using var t = new TestCorpus(engine);
        var copy = t.File("copy-of-linxia.txt");
        File.Copy(TestCorpus.Samples.First(s => s.Contains("linxia")), copy);
        var binary = t.File("binary.txt");
        File.WriteAllBytes(binary, [0, 1, 2, 3, 0xFF, 0xFE, 0, 0, 7, 8]);
        var empty = t.File("empty.txt");
        File.WriteAllBytes(empty, []);
        var db = CorpusDb.Open(t.Target);
        var summary = Importer.Import(db, [binary, .. TestCorpus.Samples, copy, empty, t.File("missing.txt")]);
        Assert.Equal((5, 1, 3), (summary.New, summary.Unchanged, summary.Failed));   // the copy has linxia's hash
        Assert.Equal(["NB-INPUT-BINARY", "NB-INPUT-EMPTY", "NB-INPUT-NOT-FOUND"], summary.Failures.Select(f => f.Failure.Code).Order());
        Assert.Equal(5, CorpusDump.Count(db, "SELECT COUNT(*) FROM reports"));
        // Failures with content are recorded (the missing file has none to record).
        Assert.Equal(2, CorpusDump.Count(db, "SELECT COUNT(*) FROM sources WHERE status = 'failed' AND error_code IS NOT NULL"));
        Assert.Equal(7, CorpusDump.Count(db, "SELECT COUNT(*) FROM sources"));
    }
}
