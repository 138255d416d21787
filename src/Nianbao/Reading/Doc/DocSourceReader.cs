using Nianbao.Documents;
using Nianbao.Model;

namespace Nianbao.Reading.Doc;

/// <summary>
/// An old binary Word file (.doc, and WPS files, which are mostly the same OLE format) through a Debian converter
/// found on PATH at run time. catdoc comes first: it writes a table row as one line of tab-separated cells (read
/// as TSV), which keeps the merged-cell national tables whole. antiword is the fallback: it draws tables as
/// <c>|cell|cell|</c> rows (docs/format.md §9.1 A1) but wraps long cells onto extra rows at the printed column width
/// and dropped the merged table 三 of a test file. The converted text is read like any text rendering; provenance
/// is the line and column of the converted text.
/// </summary>
internal static partial class DocSourceReader
{
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Each converter: program, its arguments before the file name.</summary>
    static readonly (string Tool, string[] Args)[] Converters =
    [
        ("catdoc", ["-d", "utf-8", "-w"]),
        ("antiword", ["-m", "UTF-8.txt", "-w", "0"]),
    ];

    public static SourceDocument Read(byte[] bytes, string source, InputLimits? limits = null) =>
        Read(bytes, source, Converters.Select(c => c.Tool).Prepend(LibreOfficeConverter.Tool), limits);

    /// <summary>Tries the named converters in order (tests pin one): LibreOffice first when installed, since it
    /// keeps the real table grid, then the text converters.</summary>
    internal static SourceDocument Read(byte[] bytes, string source, IEnumerable<string> tools, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        var wanted = tools.ToList();
        var office = wanted.Contains(LibreOfficeConverter.Tool) && LibreOfficeConverter.Available;
        var available = wanted.Where(t => t != LibreOfficeConverter.Tool).Select(t => Converters.Single(c => c.Tool == t))
            .Where(c => ExternalTool.Find(c.Tool) is not null).ToList();
        if (available.Count == 0 && !office)
            throw new InputException("NB-INPUT-TOOL-MISSING", ("kind", "DOC"), ("tool", "catdoc"), ("package", "catdoc"));

        var path = Path.Combine(Path.GetTempPath(), $"nianbao-{Guid.NewGuid():N}.doc");
        try
        {
            File.WriteAllBytes(path, bytes);
            if (office && LibreOfficeConverter.ToDocx(path, source, limits) is { } converted) return converted;
            if (available.Count == 0)
                throw new InputException("NB-INPUT-DOC-CONVERT", ("tool", LibreOfficeConverter.Tool), ("detail", "no .docx was written"));
            ExternalTool.Result? failed = null;
            string? failedTool = null;
            foreach (var (tool, args) in available)
            {
                var result = ExternalTool.Run(ExternalTool.Find(tool)!, [.. args, path], Timeout);
                if (result.ExitCode == 0 && !string.IsNullOrWhiteSpace(result.Output))
                    return TextSourceReader.FromText(result.Output, source, "doc", limits);
                failed ??= result;
                failedTool ??= tool;
            }
            var detail = failed!.TimedOut ? $"timed out after {Timeout.TotalSeconds:0} s"
                : ToolMessage(failed.Error.Replace(path, source)) ?? $"exit code {failed.ExitCode}, no text";
            throw new InputException("NB-INPUT-DOC-CONVERT", ("tool", failedTool), ("detail", detail));
        }
        finally
        {
            try { File.Delete(path); } catch (IOException) { }
        }
    }

    /// <summary>The converter's first line of complaint, without advice meant for its own command line
    /// (catdoc: "Broken OLE file. Try using -b switch"), which a Nianbao user cannot follow.</summary>
    static string? ToolMessage(string s) =>
        s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => SwitchAdvice().Replace(l, "").Trim().TrimEnd('.', ' ')).FirstOrDefault(l => l.Length > 0);

    [System.Text.RegularExpressions.GeneratedRegex(@"\.?\s*Try (?:using )?-\w+ switch\.?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SwitchAdvice();
}
