using Nianbao;

/// <summary>
/// work-loop DIR SECONDS [FILES]: for a profiler, nothing but an import worker's own steps on one thread: parse, check
/// (no previous year) and both messages of every finding, over the first FILES files (default 300) of each folder
/// under DIR (or of DIR itself).
/// </summary>
static class WorkLoop
{
    public static void Run(string dir, double seconds, int take)
    {
        var folders = Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal).DefaultIfEmpty(dir);
        var files = folders.SelectMany(d => Directory.EnumerateFiles(d).Order(StringComparer.Ordinal).Take(take))
            .Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToList();
        var n = 0;
        for (var sw = System.Diagnostics.Stopwatch.StartNew(); sw.Elapsed.TotalSeconds < seconds;)
            foreach (var f in files)
            {
                var report = ReportParser.Parse(f.Bytes, f.Name);
                foreach (var finding in Nianbao.Checking.ReportChecker.CheckOne(report, null, Nianbao.Template.ReportTemplate.Embedded))
                    n += finding.Message("zh").Length + finding.Message("en").Length;
            }
        Console.WriteLine($"{files.Count} files, {n} message characters");
    }
}
