using System.Security.Cryptography;
using Nianbao.Corpus.Import;
using Nianbao.Corpus.Storage;
using Nianbao.Model;
using Nianbao.Synthesis;
using Nianbao.Template;
using Nianbao.Tests.RunTogether;

namespace Nianbao.Tests.Corpus;

/// <summary>
/// The import gives a crawler dump's run-together digits the same agency's previous year from the corpus
/// (docs/run-together.md §3), as a batch does from its own files: whether the previous year comes in the same import
/// (stored first: its year is earlier), was imported before, or comes in a later import (which parses the dump again,
/// as it checks again every report whose previous year changed). The same test against SQLite and PostgreSQL.
/// </summary>
public class ImportRunTogetherTests
{
    [Theory, MemberData(nameof(TestCorpus.Engines), MemberType = typeof(TestCorpus))]
    public void The_corpus_previous_year_decides_a_dumps_open_run(string engine)
    {
        var (now, before, row) = PreviousYearBatchTests.Pair();
        foreach (var how in new[] { "together", "earlier", "later", "alone" })
        {
            using var t = new TestCorpus(engine);
            var previousFile = t.File(SynthRenderings.FileName(before.Name, SynthRendering.Pipe));
            var dumpFile = t.File(SynthRenderings.FileName(now.Name, SynthRendering.Crawler));
            File.WriteAllBytes(previousFile, SynthCorpus.Render(before, SynthRendering.Pipe));
            File.WriteAllBytes(dumpFile, SynthCorpus.Render(now, SynthRendering.Crawler));
            var db = CorpusDb.Open(t.Target);
            if (how == "together") Importer.Import(db, [dumpFile, previousFile]);
            if (how == "earlier") Importer.Import(db, [previousFile]);
            if (how is "earlier" or "later" or "alone") Importer.Import(db, [dumpFile]);
            if (how == "later") Importer.Import(db, [previousFile]);   // the dump is parsed again at the end of this import

            using var c = db.Connect();
            var id = Convert.ToInt64(Db.Scalar(c, null, "SELECT r.id FROM reports r JOIN sources s ON s.id = r.source_id WHERE s.sha256 = @s",
                ("s", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dumpFile))))));
            var stored = ReportLoader.Load(c, null, id)!;
            var codes = Convert.ToString(Db.Scalar(c, null,
                "SELECT MIN(code) FROM findings WHERE report_id = @r AND table_key = @t AND row_key = @w AND code LIKE 'NB-RUN-%'",
                ("r", id), ("t", Keys.Tables.ActiveDisclosure), ("w", row)));
            var cells = stored.Tables[Keys.Tables.ActiveDisclosure].Row(row).ToList();
            Assert.NotEmpty(cells);
            if (how == "alone")
            {
                Assert.Contains(codes, new[] { "NB-RUN-OPEN", "NB-RUN-AMBIGUOUS" }); // AMBIGUOUS: the narrative touches the run but leaves a choice
                Assert.All(cells, v => Assert.Null(v.Value.Integer));
                continue;
            }
            Assert.True(codes == "NB-RUN-INFERRED", $"{how}: {codes}");
            foreach (var (column, value) in cells)
            {
                Assert.Equal(ValueState.Inferred, value.State);
                Assert.Equal(now.Truth.Value(Keys.Tables.ActiveDisclosure, row, column).Integer, value.Integer);
            }
        }
    }
}
