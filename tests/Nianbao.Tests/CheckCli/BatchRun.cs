using System.Diagnostics;
using Nianbao.Model;

namespace Nianbao.Tests.CheckCli;

/// <summary>One run of `nianbao check FOLDER --format csv --report X.xlsx` over the corpus, shared by the batch
/// tests, with the in-process oracle for the same files.</summary>
public sealed class BatchRun : IDisposable
{
    public CheckCorpus Corpus { get; } = new();
    public string Xlsx { get; }
    public int Exit { get; }
    public string Out { get; }
    public string Err { get; }
    public TimeSpan Elapsed { get; }
    public IReadOnlyList<(string File, bool Readable, IReadOnlyList<Finding> Findings)> Expected { get; }

    public BatchRun()
    {
        Xlsx = Path.Combine(Corpus.Dir.FullName, "问题清单.xlsx");
        var clock = Stopwatch.StartNew();
        (Exit, Out, Err) = CliProcess.Run("check", Corpus.Dir.FullName, "--format", "csv", "--report", Xlsx);
        Elapsed = clock.Elapsed;
        Expected = CheckCorpus.Expected(Corpus.Files);
    }

    public void Dispose() => Corpus.Dispose();
}
