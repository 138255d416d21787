using Nianbao.Synthesis;

namespace Nianbao.Fuzz;

/// <summary>The seeds: files from folders (the samples, the test renderings and documents), and synthetic reports in
/// every rendering, their .doc and PDF made by LibreOffice when <c>office</c> is more than 0.</summary>
public static class FuzzSeeds
{
    static readonly string[] Readable = ["txt", "md", "html", "htm", "docx", "doc", "pdf"];

    public static List<FuzzSeed> FromFolders(params string[] folders) =>
        [.. folders.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d)).Order(StringComparer.Ordinal)
            .Select(f => (f, ext: Path.GetExtension(f).TrimStart('.').ToLowerInvariant()))
            .Where(x => Readable.Contains(x.ext) && new FileInfo(x.f).Length < 4 << 20)
            .Select(x => new FuzzSeed(Path.GetFileName(x.f), x.ext == "htm" ? "html" : x.ext, File.ReadAllBytes(x.f)))];

    public static List<FuzzSeed> Synthetic(int count, int seed, int office, string workDir)
    {
        var seeds = new List<FuzzSeed>();
        foreach (var report in SynthCorpus.Generate(new SynthOptions(count, seed, ErrorRate: 0.3)))
            foreach (var r in SynthRenderings.Default)
            {
                var file = SynthRenderings.FileName(report.Name, r);
                seeds.Add(new FuzzSeed(file, Path.GetExtension(file).TrimStart('.'), SynthCorpus.Render(report, r)));
            }
        if (office > 0)
        {
            Directory.CreateDirectory(workDir);
            var summary = SynthCorpus.Write(new SynthOptions(office, seed + 1, 0.3, [SynthRendering.Doc, SynthRendering.Pdf]), workDir);
            if (summary.Failed.Count > 0) throw new InvalidOperationException("LibreOffice failed: " + string.Join("; ", summary.Failed));
            seeds.AddRange(FromFolders(workDir));
        }
        return seeds;
    }
}
