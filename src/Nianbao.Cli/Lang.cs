namespace Nianbao.Cli;

/// <summary>The user's language: Chinese by default, English with --lang en (or NIANBAO_LANG=en). Decided before
/// the commands are built so that help text is in the same language.</summary>
static class Lang
{
    public static string Detect(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length) return Pick(args[i + 1]);
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) return Pick(args[i][7..]);
        }
        return Pick(Environment.GetEnvironmentVariable("NIANBAO_LANG") ?? "zh");
    }

    static string Pick(string v) => v.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "zh";

    /// <summary>zh or en text.</summary>
    public static string T(string lang, string zh, string en) => Output.ReviewReportText.T(lang, zh, en);
}
