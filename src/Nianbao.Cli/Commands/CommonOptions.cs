using System.CommandLine;

namespace Nianbao.Cli.Commands;

/// <summary>Options every command shares.</summary>
static class CommonOptions
{
    /// <summary>The reports to read: files, folders searched recursively, globs (expanded by <see cref="InputFiles"/>).</summary>
    public static Argument<string[]> Inputs(string lang, string name) => new(name)
    {
        Description = Cli.Lang.T(lang, "年度报告文件（文本、网页、Word、PDF）、文件夹（递归查找）或通配符，可多个",
            "annual report files (text, HTML, Word, PDF), folders (searched recursively) or globs; several allowed"),
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Lang(string lang) => new("--lang")
    {
        Description = Cli.Lang.T(lang, "界面语言：zh（默认）或 en", "language of messages: zh (default) or en"),
        DefaultValueFactory = _ => lang,
    };

    public static Option<string> Format(string lang, params string[] values)
    {
        var o = new Option<string>("--format", "-f")
        {
            Description = Cli.Lang.T(lang, "输出格式：", "output format: ") + string.Join("|", values),
            DefaultValueFactory = _ => values[0],
        };
        o.AcceptOnlyFromAmong(values);
        return o;
    }
}
