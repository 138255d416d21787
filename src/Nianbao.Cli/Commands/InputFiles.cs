using Nianbao.Model;

namespace Nianbao.Cli.Commands;

/// <summary>Expands PATH arguments (files, folders searched recursively, globs) into files, in a stable order.</summary>
static class InputFiles
{
    static readonly string[] Extensions = [".txt", ".htm", ".html", ".md", ".docx", ".pdf", ".doc", ".wps", ".shtml", ".xhtml"];

    public static List<string> Expand(IEnumerable<string> args, out List<string> missing)
    {
        var files = new List<string>();
        missing = [];
        foreach (var arg in args)
        {
            if (File.Exists(arg)) files.Add(arg);
            else if (Directory.Exists(arg))
                files.AddRange(Directory.EnumerateFiles(arg, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal));
            else if (arg.IndexOfAny(['*', '?']) >= 0 && Glob(arg) is { Count: > 0 } hits) files.AddRange(hits);
            else missing.Add(arg);
        }
        return files.Distinct().ToList();
    }

    static List<string> Glob(string pattern)
    {
        var full = Path.GetFullPath(pattern);
        var root = Path.GetPathRoot(full)!;
        var dir = full[..(full.IndexOfAny(['*', '?']) is var k && k >= 0 ? full.LastIndexOf(Path.DirectorySeparatorChar, k) : full.Length)];
        if (!Directory.Exists(dir)) return [];
        var matcher = new System.IO.Enumeration.FileSystemEnumerable<string>(dir, (ref System.IO.Enumeration.FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = pattern.Contains("**"), MatchCasing = MatchCasing.CaseSensitive })
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.IsDirectory,
        };
        var regex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(full)
            .Replace(@"\*\*/", "(.*/)?").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
        _ = root;
        return matcher.Where(f => regex.IsMatch(f)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The one-line message for an input that could not be read: file, then what is wrong.</summary>
    public static string Describe(string file, Finding f, string lang) => $"{file}: {f.Message(lang)} [{f.Code}]";
}
