namespace Nianbao.Corpus.Import;

/// <summary>
/// The version of the parser and checker a report was read with, recorded on every source and report so that a
/// re-import after an upgrade re-parses (docs/corpus.md "Re-import"). It is the library's version plus its
/// module id: builds are deterministic, so the id changes exactly when the library's code or data (template,
/// label variants, rules) change.
/// </summary>
public static class ParserVersion
{
    public static string Current { get; } = Of(typeof(ReportParser).Assembly);

    static string Of(System.Reflection.Assembly a)
    {
        var version = a.GetName().Version?.ToString(3) ?? "0";
        var mvid = a.ManifestModule.ModuleVersionId.ToString("N")[..12];
        return $"{version}+{mvid}";
    }
}
