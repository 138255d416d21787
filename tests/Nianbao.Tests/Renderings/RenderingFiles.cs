namespace Nianbao.Tests.Renderings;

/// <summary>
/// The renderings of the samples written by tools/make-renderings.py (copied beside the test assembly):
/// NAME.html, NAME.md, NAME.gbk.html, NAME.trad.html, NAME.big5.html, NAME.gb18030.txt, NAME.big5.txt.
/// </summary>
public static class RenderingFiles
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Data", "renderings");

    public static string PathOf(string file) => Path.Combine(Dir, file);

    /// <summary>The sample a rendering renders: the file name up to its first dot.</summary>
    public static string SampleOf(string file) => file[..file.IndexOf('.')];

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Nianbao.Model.Report> Reports = new();

    /// <summary>The rendering parsed once (several tests look at the same report).</summary>
    public static Nianbao.Model.Report Parse(string file) => Reports.GetOrAdd(file, f => ReportParser.ParseFile(PathOf(f)));

    public static IEnumerable<string> Names => Directory.EnumerateFiles(Dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    public static TheoryData<string> All() => Data(Names);

    /// <summary>The pages wrapped in government site chrome (nav, sidebar, CMS info table, footer, script).</summary>
    public static TheoryData<string> Chrome() => Data(Names.Where(n => n.EndsWith(".gbk.html", StringComparison.Ordinal)));

    static TheoryData<string> Data(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var n in names) data.Add(n);
        return data;
    }
}
