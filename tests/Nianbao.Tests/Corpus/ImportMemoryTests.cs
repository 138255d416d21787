using Nianbao.Checking;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Synthesis;
using Nianbao.Template;

namespace Nianbao.Tests.Corpus;

/// <summary>An import answers its later years from memory only while a report waits for its batch's commit
/// (ImportYears): once committed, nothing of it stays with the import — the corpus answers for it — so the import's
/// memory does not grow with the reports it has written (docs/benchmarks.md "Corpus import").</summary>
public class ImportMemoryTests
{
    [Fact]
    public void A_committed_report_leaves_the_imports_memory()
    {
        using var t = new TestCorpus("sqlite");
        var db = CorpusDb.Open(t.Target);
        var synth = SynthCorpus.Generate(new SynthOptions(60, Seed: 7, ErrorRate: 0)).ToList();
        var later = synth.First(s => s.Previous is not null);
        var earlier = synth.Single(s => s.Name == later.Previous);
        var parsed = new[] { earlier, later }.Select(s => ReportParser.Parse(SynthCorpus.Render(s, SynthRendering.Pipe), s.Name + ".txt")).ToArray();
        var years = new ImportYears(ParserVersion.Current, PreviousYearInputs.Of(ReportTemplate.Embedded));
        using var c = db.Connect();
        var agency = CorpusPreviousYears.Identity(parsed[0])!;
        Assert.Equal(agency.Key, CorpusPreviousYears.Identity(parsed[1])!.Key);
        using var rows = ReportRows.Build(parsed[0], parsed[0].Findings);
        years.Register(c, agency, parsed[0].Year!.Value, null, "sha-earlier", parsed[0], "earlier.txt", rows);
        Assert.Equal((1, 1), years.Held);

        var pending = years.Find(c, agency, parsed[1].Year!.Value, null);
        Assert.Equal("sha-earlier", pending.PendingSha);
        Assert.NotNull(pending.Part);

        years.Committed("sha-earlier", 42);
        Assert.Equal((0, 0), years.Held);
        // Not in memory any more; this corpus holds no such report (nothing was written), so nothing is found.
        Assert.Equal(default, years.Find(c, agency, parsed[1].Year!.Value, null));

        // A report of the same agency and year registered after the commit is filed anew and found.
        years.Register(c, agency, parsed[0].Year!.Value, null, "sha-again", parsed[0], "again.txt", rows);
        Assert.Equal("sha-again", years.Find(c, agency, parsed[1].Year!.Value, null).PendingSha);
    }
}
