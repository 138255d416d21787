using System.CommandLine;
using Nianbao.Reading;

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

    /// <summary>--lang zh|en. The language is decided from the raw arguments before the commands are built
    /// (<see cref="Cli.Lang.Detect"/>); no default value is shown, which would read [default: en] beside
    /// "zh (default)" when --lang en asks for help.</summary>
    public static Option<string> Lang(string lang)
    {
        var o = new Option<string>("--lang")
        {
            Description = Cli.Lang.T(lang, "界面语言：zh（默认）或 en；环境变量 NIANBAO_LANG 可改默认值",
                "language of messages: zh (default) or en; the NIANBAO_LANG environment variable changes the default"),
        };
        return o; // any value: en, en-US, english… mean English, anything else Chinese (Lang.Detect)
    }

    /// <summary>--limit NAME=VALUE (repeatable): raises or lowers one input limit (docs/limits.md).</summary>
    public static Option<string[]> Limits(string lang)
    {
        var o = new Option<string[]>("--limit")
        {
            Description = Cli.Lang.T(lang,
                "调整输入上限，可多次使用：NAME=VALUE，NAME 为 " + string.Join("、", InputLimits.Names) + "（默认值见 docs/limits.md）",
                "change an input limit, repeatable: NAME=VALUE with NAME one of " + string.Join(", ", InputLimits.Names) + " (defaults in docs/limits.md)"),
            Arity = ArgumentArity.ZeroOrMore,
            HelpName = "NAME=VALUE",
        };
        o.Validators.Add(r =>
        {
            if (ToLimits(r.GetValueOrDefault<string[]>() ?? [], lang, out var error) is null) r.AddError(error!);
        });
        return o;
    }

    /// <summary>The limits the --limit values ask for; null with a message when one is not NAME=positive number.</summary>
    public static InputLimits? ToLimits(IEnumerable<string> values, string lang, out string? error)
    {
        var limits = InputLimits.Default;
        error = null;
        foreach (var v in values)
        {
            var eq = v.IndexOf('=');
            if (eq <= 0 || limits.With(v[..eq].Trim(), v[(eq + 1)..].Trim()) is not { } next)
            {
                error = Cli.Lang.T(lang, $"--limit 的值“{v}”无效：应为 NAME=正整数，NAME 为 {string.Join("、", InputLimits.Names)}",
                    $"invalid --limit value \"{v}\": expected NAME=positive integer with NAME one of {string.Join(", ", InputLimits.Names)}");
                return null;
            }
            limits = next;
        }
        return limits;
    }

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
