using System.CommandLine;

namespace Nianbao.Cli.Commands;

/// <summary>Options every command shares.</summary>
static class CommonOptions
{
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
