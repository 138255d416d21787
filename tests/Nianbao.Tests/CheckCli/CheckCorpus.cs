using System.Text;
using Nianbao.Checking;
using Nianbao.Model;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.CheckCli;

/// <summary>
/// A batch of a few thousand report files made from the five samples (copies, and copies with small edits: a
/// number changed so a sum breaks, a cell blanked, the text cut before table 三, binary garbage, an empty file),
/// in nested folders. The oracle reads and checks the same files in-process with the library, so the tests compare
/// the CLI against the library rather than against counts written down here.
/// </summary>
public sealed class CheckCorpus : IDisposable
{
    public const int Count = 3000;
    public static readonly string[] Variants = ["original", "sum", "blank", "cut", "binary", "empty"];

    public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("nianbao-check-");
    /// <summary>Every file, in the order the CLI expands the folder (ordinal path order).</summary>
    public IReadOnlyList<string> Files { get; }
    public IReadOnlyDictionary<string, string> VariantOf { get; }

    public CheckCorpus()
    {
        var samples = SampleFiles.Names.ToList();
        var contents = Contents.Value;
        var variantOf = new Dictionary<string, string>();
        for (var i = 0; i < Count; i++)
        {
            // Mostly good copies (as in a real batch), every 10th edited one way or another.
            var variant = (i % 10) switch { 6 => "sum", 7 => "blank", 8 => "cut", 9 => i % 20 == 9 ? "binary" : "empty", _ => "original" };
            var sample = i % samples.Count;
            var folder = Directory.CreateDirectory(Path.Combine(Dir.FullName, $"part{i % 3}", i % 2 == 0 ? "" : "sub")).FullName;
            var path = Path.Combine(folder, $"{samples[sample]}-{variant}-{i:D4}.txt");
            File.WriteAllBytes(path, contents[sample][variant]);
            variantOf[path] = variant;
        }
        VariantOf = variantOf;
        Files = variantOf.Keys.Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => Dir.Delete(true);

    static readonly Lazy<List<Dictionary<string, byte[]>>> Contents = new(() =>
        SampleFiles.Names.Select(s => Edits(File.ReadAllBytes(SampleFiles.Path(s + ".txt")), s + ".txt")).ToList());

    /// <summary>One variant of the first sample: its name and bytes.</summary>
    public static (string Sample, byte[] Bytes) Variant(string variant) => (SampleFiles.Names.First(), Contents.Value[0][variant]);

    /// <summary>The edited copies of one sample, located with the library's own provenance for table 三.</summary>
    static Dictionary<string, byte[]> Edits(byte[] bytes, string name)
    {
        var report = ReportParser.Parse(bytes, name);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var cells = report.Tables["applications"].All
            .Where(c => c.Value.Integer is not null && c.Value.Source is { Kind: "text", Line: not null, Length: not null })
            .Select(c => c.Value).ToList();
        Assert.True(cells.Count >= 2, $"{name}: table 三 has no numbers with text provenance to edit");
        string Replace(CellValue v, string text)
        {
            var copy = (string[])lines.Clone();
            var line = copy[v.Source!.Line!.Value - 1];
            copy[v.Source.Line.Value - 1] = line[..v.Source.Column!.Value] + text + line[(v.Source.Column.Value + v.Source.Length!.Value)..];
            return string.Join('\n', copy);
        }
        var total = cells[0];
        var cut = Array.FindIndex(lines, l => l.TrimStart().StartsWith("三、", StringComparison.Ordinal));
        Assert.True(cut > 0, $"{name}: no heading 三");
        return new()
        {
            ["original"] = bytes,
            ["sum"] = Encoding.UTF8.GetBytes(Replace(total, (total.Integer!.Value + 7).ToString())),
            ["blank"] = Encoding.UTF8.GetBytes(Replace(cells[^1], "")),
            ["cut"] = Encoding.UTF8.GetBytes(string.Join('\n', lines[..cut])),
            ["binary"] = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, 512).Select(b => (byte)b)],
            ["empty"] = [],
        };
    }

    /// <summary>The oracle: every file read and checked in-process, as one batch in the same order.</summary>
    public static IReadOnlyList<(string File, bool Readable, IReadOnlyList<Finding> Findings)> Expected(IReadOnlyList<string> files)
    {
        var reports = new Report?[files.Count];
        var failures = new Finding?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try { reports[i] = ReportParser.ParseFile(files[i]); }
            catch (InputException e) { failures[i] = e.Finding; }
        });
        var findings = ReportChecker.CheckBatch(reports.OfType<Report>().ToList());
        var k = 0;
        return files.Select((f, i) => reports[i] is null ? (f, false, (IReadOnlyList<Finding>)[failures[i]!]) : (f, true, findings[k++])).ToList();
    }
}
