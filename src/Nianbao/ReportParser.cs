using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Reading;
using Nianbao.Reconciling;
using Nianbao.Segmenting;
using Nianbao.Template;

namespace Nianbao;

/// <summary>
/// The facade: bytes of a published report → canonical report, one stage after the other, each a pure step with a
/// typed result; no stage calls a later one (a test over the assembly's type references keeps it so):
/// <list type="number">
/// <item>read (Reading/): bytes → <see cref="Documents.SourceDocument"/>, blocks of cells with provenance, each cell's
/// matching copy made once (Normalizing/) and text renderings split into tables (Tokenizing/);</item>
/// <item>segment (Segmenting/): blocks → <see cref="Segmentation"/>, the six sections (the first report of several);</item>
/// <item>extract (Extraction/): → <see cref="Extracted"/>, the report and the digit runs left to reconcile;</item>
/// <item>reconcile (Reconciling/): digit runs segmented from the table's rules → the <see cref="Report"/>.</item>
/// </list>
/// Checking (Checking/, <see cref="Checking.ReportChecker"/>) and writing (Output/) follow. Every input limit
/// (<see cref="InputLimits"/>, docs/limits.md) is checked before the work it bounds; nothing but
/// <see cref="InputException"/> leaves here. Without a template, the embedded one is used.
/// </summary>
public static class ReportParser
{
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file's name, for provenance and messages.</param>
    /// <param name="limits">The input limits (docs/limits.md); the defaults when null.</param>
    /// <param name="template">The national template; the embedded one when null.</param>
    /// <param name="previousYear">Finds the same agency's report on the year before (given this report as read so
    /// far: agency and year), asked only when digits ran together: its cross-year rules (docs/format.md §5.4) decide
    /// splits the table's own identities leave open (docs/run-together.md). Null: none.</param>
    /// <param name="nextYear">The same for the same agency's report on the year after (the rules read the other way:
    /// this year's cells are next year's "previous" terms).</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="InputException">The input is not a readable report (empty, binary, not a report, past a
    /// limit), or reading it failed unexpectedly (NB-INPUT-FAILED, naming the file).</exception>
    public static Report Parse(byte[] bytes, string source, InputLimits? limits = null, ReportTemplate? template = null,
        Func<Report, Report?>? previousYear = null, Func<Report, Report?>? nextYear = null)
    {
        limits ??= InputLimits.Default;
        template ??= ReportTemplate.Embedded;
        return Guard(source, () =>
        {
            if (bytes.LongLength > limits.MaxFileBytes) throw FileLimit(bytes.LongLength, limits.MaxFileBytes);
            return FromDocument(SourceReader.Read(bytes, source, limits), template, previousYear, nextYear);
        });
    }

    /// <summary>The stages after reading, for a document already read (a reader of its own, a test).</summary>
    /// <param name="document">The document as read.</param>
    /// <param name="template">The national template; the embedded one when null.</param>
    /// <param name="previousYear">As for <see cref="Parse"/>: the same agency's report on the year before, asked only
    /// when digits ran together.</param>
    /// <param name="nextYear">As for <see cref="Parse"/>: the year after.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="InputException">The document is not a report.</exception>
    public static Report FromDocument(Documents.SourceDocument document, ReportTemplate? template = null,
        Func<Report, Report?>? previousYear = null, Func<Report, Report?>? nextYear = null)
    {
        template ??= ReportTemplate.Embedded;
        document = GluedLines.Split(document, template);
        var sections = SectionSegmenter.Segment(document.Blocks, template);
        var extracted = ReportBuilder.Build(document, sections, template);
        RunTogetherResolver.Resolve(extracted, template, OtherYear(extracted, previousYear), OtherYear(extracted, nextYear));
        return OcrDigits.Confirm(extracted, template);
    }

    /// <summary>The other year's report when digits ran together and the caller can find it. A lookup that fails
    /// leaves the runs to the report's own rules (the checking stage asks again and reports the failure).</summary>
    static Report? OtherYear(Extracted extracted, Func<Report, Report?>? lookup)
    {
        if (lookup is null || extracted.Runs.Count == 0) return null;
        try { return lookup(extracted.Report); }
        catch (Exception e) when (e is not OperationCanceledException) { return null; }
    }

    /// <summary>Reads and parses a report file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="limits">The input limits (docs/limits.md); the defaults when null.</param>
    /// <param name="template">The national template; the embedded one when null.</param>
    /// <param name="previousYear">As for <see cref="Parse"/>.</param>
    /// <param name="nextYear">As for <see cref="Parse"/>.</param>
    /// <returns>The canonical report.</returns>
    /// <exception cref="InputException">The file is missing or not a readable report.</exception>
    public static Report ParseFile(string path, InputLimits? limits = null, ReportTemplate? template = null,
        Func<Report, Report?>? previousYear = null, Func<Report, Report?>? nextYear = null)
    {
        limits ??= InputLimits.Default;
        if (!File.Exists(path)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", path));
        return Parse(ReadFile(path, limits), Path.GetFileName(path), limits, template, previousYear, nextYear);
    }

    /// <summary>The issuer's type (government, department, township) and level (national … township) read from an
    /// agency name (format.md §5.7), for callers that identify agencies outside a parse (the corpus).</summary>
    public static AgencyProfile ProfileOf(string agencyName, ReportTemplate? template = null) =>
        AgencyProfiler.Of(agencyName, (template ?? ReportTemplate.Embedded).Naming);

    /// <summary>A name made comparable the way the template's labels are: simplified, half width, without whitespace or
    /// punctuation.</summary>
    public static string Comparable(string text) => Normalizing.LabelKey.Of(Normalizing.TextNormalizer.ForMatching(text));

    /// <summary>A report file's bytes, read no further than the file-size limit (for callers that keep or hash the
    /// bytes before parsing, such as the corpus import).</summary>
    /// <exception cref="InputException">missing, unreadable, or past the limit.</exception>
    public static byte[] ReadFile(string path, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        if (!File.Exists(path)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", path));
        return Guard(path, () => ReadBounded(path, limits.MaxFileBytes));
    }

    /// <summary>Only the agency and year the report states (title, metadata, period), without reading its tables:
    /// what a batch needs to pair consecutive years of one agency cheaply. The same values <see cref="Parse"/> gives.</summary>
    /// <exception cref="InputException">The input is not readable (empty, binary, past a limit).</exception>
    public static (string? Agency, int? Year) IdentifyFile(string path, InputLimits? limits = null, ReportTemplate? template = null)
    {
        limits ??= InputLimits.Default;
        template ??= ReportTemplate.Embedded;
        if (!File.Exists(path)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", path));
        var bytes = Guard(path, () => ReadBounded(path, limits.MaxFileBytes));
        return Guard(path, () =>
        {
            var document = SourceReader.Read(bytes, Path.GetFileName(path), limits);
            return ReportBuilder.Identify(document, SectionSegmenter.Segment(document.Blocks, template), template);
        });
    }

    /// <summary>Runs one read; an exception that is not an input error becomes NB-INPUT-FAILED naming the file.</summary>
    static T Guard<T>(string file, Func<T> read)
    {
        try { return read(); }
        catch (InputException) { throw; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("NB-INPUT-UNREADABLE", ("reason", e.Message));
        }
        catch (Exception e)
        {
            throw InputException.Failed(file, e);
        }
    }

    /// <summary>The file's bytes, never more than <paramref name="max"/>: a device or a growing file stops at the
    /// limit instead of filling memory.</summary>
    static byte[] ReadBounded(string path, long max)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > max) throw FileLimit(length, max);
        // Trust the stated length only as a first guess: devices state 0, and a file may grow while it is read.
        // The stated length is read into an array of that size, then one more byte is asked for to see the end, so a
        // file that is what it states costs one array (not a larger one and its copy: docs/benchmarks.md "Corpus
        // import", run 13); 64 KB when nothing is stated. (A 64 KB floor for every file made most of a corpus
        // import's allocation: run 9.)
        var buffer = new byte[length > 0 ? length : 1 << 16];
        var total = 0L;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (total == buffer.LongLength)
            {
                if (total > max) throw FileLimit(-1, max);
                if (stream.Read(probe) == 0) return buffer;
                Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.LongLength * 2, 1 << 16), max + 1));
                buffer[total++] = probe[0];
                continue;
            }
            var n = stream.Read(buffer, (int)total, (int)(buffer.LongLength - total));
            if (n == 0) break;
            total += n;
        }
        if (total > max) throw FileLimit(-1, max);
        Array.Resize(ref buffer, (int)total);
        return buffer;
    }

    static InputException FileLimit(long found, long max) => InputLimits.Exceeded("NB-INPUT-LIMIT-FILE", "file-mb",
        found < 0 ? $"> {InputLimits.Megabytes(max)} MB" : $"{InputLimits.Megabytes(found)} MB", InputLimits.Megabytes(max));
}
