using Nianbao.Fuzz;
using Nianbao.Synthesis;
using Nianbao.Tests.Samples;
using Xunit.Abstractions;

namespace Nianbao.Tests.Synthesis;

/// <summary>
/// The short mutation-fuzzing run of every reader (issue 13 §3, docs/fuzzing.md): mutants of the samples, the test
/// renderings and documents, and synthetic reports in every rendering (their .doc and PDF made by LibreOffice), read and
/// checked one by one. Anything but the library's intended refusal (an InputException other than NB-INPUT-FAILED) or a
/// report is a fault. Deterministic: the same seeds and mutations every run. The long run is tools/Nianbao.Fuzz.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Mutants_of_every_kind_of_file_are_read_or_refused_never_a_fault()
    {
        var work = Directory.CreateTempSubdirectory("nianbao-fuzz-seeds-");
        try
        {
            var seeds = FuzzSeeds.FromFolders(Path.GetDirectoryName(SampleFiles.Path("linxia-city-2023.txt"))!,
                Path.Combine(AppContext.BaseDirectory, "Data", "renderings"), Path.Combine(AppContext.BaseDirectory, "Data", "docx"));
            seeds.AddRange(FuzzSeeds.Synthetic(12, seed: 5, office: 3, work.FullName));
            foreach (var ext in new[] { "txt", "md", "html", "docx", "doc", "pdf" }) Assert.Contains(seeds, s => s.Extension == ext);
            var result = FuzzRunner.Run(seeds, count: 2500, randomSeed: 13, maxBytes: 4 << 20, slowShare: 0.006, saveDir: Path.Combine(work.FullName, "found"));
            output.WriteLine($"{result.Total} inputs ({string.Join(", ", result.Inputs.Select(x => $"{x.Key} {x.Value}"))}); read {result.Read}, refused {result.Refused} ({string.Join(", ", result.RefusedBy.Select(x => $"{x.Key} {x.Value}"))}); faults {result.Crashes.Count}; largest {result.Largest.Bytes} bytes in {result.Largest.Ms:F0} ms");
            foreach (var c in result.Crashes) output.WriteLine(c);
            foreach (var s in result.Slow) output.WriteLine("slow (not asserted; timings are for the benchmarks): " + s);
            Assert.Empty(result.Crashes);
            Assert.True(result.Read > 500 && result.Refused > 100, "the mutants should be neither all read nor all refused");
            Assert.True(result.Inputs.GetValueOrDefault("doc") + result.Inputs.GetValueOrDefault("pdf") > 0, "the external-program readers were not fuzzed");
        }
        finally { work.Delete(true); }
    }
}
