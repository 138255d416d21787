using System.IO.Enumeration;
using System.Text.RegularExpressions;
using Nianbao.Model;

namespace Nianbao.Batch;

/// <summary>Something about one input path that the run must tell the user: it is missing, it is not a regular file,
/// or a folder holds no report. <see cref="Fatal"/> notices are inputs that could not be read (they count as
/// unreadable units and make the run fail); the others are skipped entries inside a folder.</summary>
public sealed record InputNotice(string Path, Finding Finding, bool Fatal);

/// <summary>The files a run will read, in a stable order (each argument in turn; a folder's files in ordinal path order),
/// each once, and the notices about the rest.</summary>
public sealed record DiscoveredInputs(IReadOnlyList<string> Files, IReadOnlyList<InputNotice> Notices)
{
    /// <summary>No file to read and no input named that could be reported as unreadable: the run has nothing to do.</summary>
    public bool NothingFound => Files.Count == 0;
}

/// <summary>
/// Expands the paths a user gives (files, folders searched recursively, globs with * ? and **) into the files to
/// read. Only regular files are read, each once by identity (device and inode after following links), so two links
/// to one file or a symbolic-link loop never repeat a file or hang; a FIFO, a device or a socket is skipped with a
/// notice before anything opens it. A folder search takes the kinds of <see cref="ReadableKinds"/>; a file named
/// explicitly (or matched by a glob) is read whatever its name.
/// </summary>
public static class InputDiscovery
{
    /// <summary>The files to read from the given paths, in stable order, and a notice for each path that is missing, not a regular file or yields nothing.</summary>
    public static DiscoveredInputs Discover(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var notices = new List<InputNotice>();
        var seen = new HashSet<object>();
        foreach (var arg in paths)
        {
            var id = FileIdentity.Of(arg);
            switch (id.Kind)
            {
                case EntryKind.Regular:
                    if (seen.Add(id.Key)) files.Add(arg);
                    break;
                case EntryKind.Directory:
                    var found = new List<string>();
                    Walk(arg, [id.Key], seen, found, notices);
                    found.Sort(StringComparer.Ordinal);
                    if (found.Count == 0) notices.Add(new InputNotice(arg, NoReport(arg), true));
                    files.AddRange(found);
                    break;
                case EntryKind.Missing when arg.IndexOfAny(['*', '?']) >= 0 && Glob(arg) is { Count: > 0 } hits:
                    foreach (var hit in hits)
                    {
                        var h = FileIdentity.Of(hit);
                        if (h.Kind == EntryKind.Regular) { if (seen.Add(h.Key)) files.Add(hit); }
                        else if (h.Kind != EntryKind.Directory) notices.Add(new InputNotice(hit, NotRegular(h.Kind), false));
                    }
                    break;
                case EntryKind.Missing:
                    notices.Add(new InputNotice(arg, Finding.Create("NB-INPUT-NOT-FOUND", null, ("path", arg)), true));
                    break;
                default:
                    notices.Add(new InputNotice(arg, NotRegular(id.Kind), true));
                    break;
            }
        }
        return new DiscoveredInputs(files, notices);
    }

    /// <summary>One folder, depth first; a folder already on the way down (a link back up) or already walked is skipped.</summary>
    static void Walk(string dir, HashSet<object> walked, HashSet<object> seen, List<string> found, List<InputNotice> notices)
    {
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(dir).Order(StringComparer.Ordinal).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            notices.Add(new InputNotice(dir, Finding.Create("NB-INPUT-UNREADABLE", null, ("reason", e.Message)), false));
            return;
        }
        foreach (var entry in entries)
        {
            var id = FileIdentity.Of(entry);
            switch (id.Kind)
            {
                case EntryKind.Directory:
                    if (walked.Add(id.Key)) Walk(entry, walked, seen, found, notices);
                    break;
                case EntryKind.Regular:
                    if (ReadableKinds.IsReadable(entry) && seen.Add(id.Key)) found.Add(entry);
                    break;
                case EntryKind.Missing:
                    break; // a dangling link: nothing to read
                default:
                    notices.Add(new InputNotice(entry, NotRegular(id.Kind), false));
                    break;
            }
        }
    }

    static Finding NotRegular(EntryKind kind)
    {
        var (zh, en) = kind switch
        {
            EntryKind.Fifo => ("命名管道（FIFO）", "a named pipe (FIFO)"),
            EntryKind.CharDevice => ("字符设备", "a character device"),
            EntryKind.BlockDevice => ("块设备", "a block device"),
            EntryKind.Socket => ("套接字", "a socket"),
            _ => ("特殊文件", "a special file"),
        };
        return Finding.Create("NB-INPUT-NOT-REGULAR", null, ("kind", zh), ("kind_en", en));
    }

    static Finding NoReport(string path) =>
        Finding.Create("NB-INPUT-NO-REPORT", null, ("path", path), ("extensions", string.Join(" ", ReadableKinds.Extensions)));

    /// <summary>Files matching a pattern with * (within a name), ? and **/ (any folders), in ordinal order.</summary>
    static List<string> Glob(string pattern)
    {
        var full = Path.GetFullPath(pattern);
        var k = full.IndexOfAny(['*', '?']);
        var dir = full[..full.LastIndexOf(Path.DirectorySeparatorChar, k)];
        if (dir.Length == 0) dir = "/";
        if (!Directory.Exists(dir)) return [];
        var regex = new Regex("^" + Regex.Escape(full).Replace(@"\*\*/", "(.*/)?").Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]") + "$");
        // Links are not followed into folders here, so a loop cannot recurse; matches are checked one by one after.
        var matcher = new FileSystemEnumerable<string>(dir, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = pattern.Contains("**"), MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return matcher.Where(f => regex.IsMatch(f)).Order(StringComparer.Ordinal).ToList();
    }
}
