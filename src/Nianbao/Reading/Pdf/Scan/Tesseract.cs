using System.Globalization;
using Nianbao.Model;

namespace Nianbao.Reading.Pdf.Scan;

/// <summary>One word Tesseract recognised: its text, box in pixels, confidence (0–100) and line number within
/// its image (block, paragraph and line folded into one ordinal).</summary>
readonly record struct OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Line);

/// <summary>
/// Runs Debian's <c>tesseract</c> (tesseract-ocr with the tesseract-ocr-chi-sim data) over a list of images in one
/// process (its batch mode: a text file naming the images), asking for TSV output, which gives every word with its
/// box and confidence. One thread per process (OMP_THREAD_LIMIT=1): the images are small and the machine's cores
/// are better used by running two lists side by side.
/// </summary>
sealed class Tesseract(string exe)
{
    public const string Tool = "tesseract";

    public static string? Find(string? searchPath = null) => ExternalTool.Find(Tool, searchPath);

    /// <summary>Whether the languages' data is installed (<c>tesseract --list-langs</c>).</summary>
    public bool Has(params string[] languages)
    {
        var r = ExternalTool.Run(exe, ["--list-langs"], TimeSpan.FromSeconds(20));
        var listed = (r.Output + r.Error).Split('\n').Select(l => l.Trim()).ToHashSet();
        return r.ExitCode == 0 && languages.All(listed.Contains);
    }

    /// <summary>The words of each image, in the order given. Throws <see cref="TimeoutException"/> past the deadline.</summary>
    public List<OcrWord>[] Recognise(IReadOnlyList<string> images, string language, int psm, DateTime deadline, string? whitelist = null)
    {
        var result = new List<OcrWord>[images.Count];
        if (images.Count == 0) return result;
        // Two processes over the two halves of the list.
        var halves = images.Count < 8 ? [Enumerable.Range(0, images.Count).ToArray()]
            : new[] { Enumerable.Range(0, images.Count / 2).ToArray(), Enumerable.Range(images.Count / 2, images.Count - images.Count / 2).ToArray() };
        try
        {
            Parallel.ForEach(halves, half =>
            {
                var words = Run(half.Select(i => images[i]).ToList(), language, psm, deadline, whitelist);
                for (var k = 0; k < half.Length; k++) result[half[k]] = words[k];
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A half's own refusal (NB-INPUT-UNREADABLE) or timeout is the caller's to see, not a wrapper of it
            // (long fuzz run, seed 8888 #200910: surfaced as NB-INPUT-FAILED).
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(
                e.InnerExceptions.FirstOrDefault(x => x is InputException) ?? e.InnerExceptions[0]).Throw();
        }
        return result;
    }

    List<OcrWord>[] Run(List<string> images, string language, int psm, DateTime deadline, string? whitelist)
    {
        var list = Path.Combine(Path.GetTempPath(), $"nianbao-ocr-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllLines(list + ".txt", images);
            List<string> args = [list + ".txt", list, "-l", language, "--psm", psm.ToString(CultureInfo.InvariantCulture)];
            if (whitelist is not null) args.AddRange(["-c", "tessedit_char_whitelist=" + whitelist]);
            args.Add("tsv");
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException();
            var run = ExternalTool.Run(exe, args, left, new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
            if (run.TimedOut) throw new TimeoutException();
            if (run.ExitCode != 0 || !File.Exists(list + ".tsv"))
                throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"{Tool} exit code {run.ExitCode}: {run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()}"));
            return ParseTsv(File.ReadLines(list + ".tsv"), images.Count);
        }
        finally
        {
            foreach (var f in new[] { list + ".txt", list + ".tsv" })
                try { File.Delete(f); } catch (IOException) { }
        }
    }

    /// <summary>Each page's orientation as Tesseract's script and orientation detection (<c>--psm 0</c>, the
    /// tesseract-ocr-osd data) finds it, in one process: the degrees to turn the page clockwise to set it upright and
    /// the confidence; (0, 0) for a page it could not judge (too little text) or when the data is not installed.</summary>
    public (int Rotate, double Confidence)[] Orientation(IReadOnlyList<string> images, DateTime deadline)
    {
        var result = new (int Rotate, double Confidence)[images.Count];
        if (images.Count == 0 || !Has("osd")) return result;
        var list = Path.Combine(Path.GetTempPath(), $"nianbao-osd-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllLines(list + ".txt", images);
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException();
            var run = ExternalTool.Run(exe, [list + ".txt", list, "--psm", "0"], left, new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" });
            if (run.TimedOut) throw new TimeoutException();
            if (File.Exists(list + ".osd")) ParseOsd(File.ReadLines(list + ".osd"), result);
            return result;
        }
        finally
        {
            foreach (var f in new[] { list + ".txt", list + ".osd" })
                try { File.Delete(f); } catch (IOException) { }
        }
    }

    /// <summary>Reads Tesseract's OSD output: per page "Page number: N", "Rotate: D", "Orientation confidence: C".</summary>
    internal static void ParseOsd(IEnumerable<string> lines, (int Rotate, double Confidence)[] result)
    {
        var page = -1;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key == "Page number" && int.TryParse(value, CultureInfo.InvariantCulture, out var n)) page = n;
            else if (page >= 0 && page < result.Length && key == "Rotate" && int.TryParse(value, CultureInfo.InvariantCulture, out var d))
                result[page].Rotate = d;
            else if (page >= 0 && page < result.Length && key == "Orientation confidence" && double.TryParse(value, CultureInfo.InvariantCulture, out var c))
                result[page].Confidence = c;
        }
    }

    /// <summary>Reads Tesseract's TSV: level, page_num, block_num, par_num, line_num, word_num, left, top, width,
    /// height, conf, text; level 5 rows are words.</summary>
    internal static List<OcrWord>[] ParseTsv(IEnumerable<string> lines, int images)
    {
        var result = Enumerable.Range(0, images).Select(_ => new List<OcrWord>()).ToArray();
        var lineIds = new Dictionary<(int, int, int, int), int>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 12 || f[0] != "5") continue;
            int I(int k) => int.Parse(f[k], CultureInfo.InvariantCulture);
            var page = I(1) - 1;
            if (page < 0 || page >= images || string.IsNullOrWhiteSpace(f[11])) continue;
            var id = (page, I(2), I(3), I(4));
            if (!lineIds.TryGetValue(id, out var ordinal)) lineIds[id] = ordinal = lineIds.Count;
            result[page].Add(new OcrWord(f[11].Trim(), I(6), I(7), I(8), I(9), double.Parse(f[10], CultureInfo.InvariantCulture), ordinal));
        }
        return result;
    }
}
