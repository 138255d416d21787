using Nianbao.Batch;

namespace Nianbao.Cli.Commands;

/// <summary>
/// A --report path must not overwrite an input of the same run, nor land inside an input folder under a name a
/// folder search reads (the next run would read the 问题清单 as a report). Checked before any work.
/// </summary>
static class ReportGuard
{
    /// <summary>The message (by language) when <paramref name="report"/> is refused; null when it is fine.</summary>
    public static Func<string, string>? Conflict(string report, IEnumerable<string> args, DiscoveredInputs found)
    {
        var full = Path.GetFullPath(report);
        var id = FileIdentity.Of(full);
        foreach (var f in found.Files)
            if (Path.GetFullPath(f) == full || (id.Kind == EntryKind.Regular && FileIdentity.Of(f).Key.Equals(id.Key)))
                return lang => Lang.T(lang, $"--report {report} 是本次核查的输入文件，写入会覆盖它；请换一个文件名",
                    $"--report {report} is an input of this run and would be overwritten; choose another name");
        if (!ReadableKinds.IsReadable(full)) return null;
        foreach (var arg in args)
        {
            if (FileIdentity.Of(arg).Kind != EntryKind.Directory) continue;
            var dir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(arg)) + Path.DirectorySeparatorChar;
            if (full.StartsWith(dir, StringComparison.Ordinal))
                return lang => Lang.T(lang, $"--report {report} 位于输入文件夹 {arg} 中，下次核查会把它当作报告读取；请写到文件夹之外或改用 .xlsx",
                    $"--report {report} is inside the input folder {arg}, where the next run would read it as a report; write it elsewhere or as .xlsx");
        }
        return null;
    }
}
