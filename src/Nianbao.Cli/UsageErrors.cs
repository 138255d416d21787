using System.CommandLine;
using System.CommandLine.Parsing;

namespace Nianbao.Cli;

/// <summary>
/// Command-line mistakes, told in the user's language (System.CommandLine's own messages are English, or an
/// awkward translation): a missing argument, a value an option does not take, an unknown option. Each is one
/// line; then where to find the usage. The exit code is 2, as for any input the run cannot use.
/// </summary>
static class UsageErrors
{
    public static int Report(ParseResult result, string lang)
    {
        var command = result.CommandResult.Command;
        var said = new HashSet<string>();
        foreach (var e in result.Errors)
        {
            var line = Describe(e, result, lang);
            if (said.Add(line)) Console.Error.WriteLine(Rendering.SafeText.Clean(line));
        }
        var path = command is RootCommand ? "nianbao" : $"nianbao {command.Name}";
        Console.Error.WriteLine(Lang.T(lang, $"用法见 {path} --help", $"see {path} --help for the usage"));
        return Commands.ExitCodes.Input;
    }

    static string Describe(ParseError e, ParseResult result, string lang)
    {
        switch (e.SymbolResult)
        {
            case OptionResult { Option: var o } r:
                var value = string.Join(" ", r.Tokens.Select(t => t.Value));
                var allowed = o.CompletionSources.Count > 0 ? Allowed(o) : "";
                if (r.Tokens.Count > 0 && allowed.Length == 0) return e.Message; // the option's own validator, already in the user's language
                return r.Tokens.Count == 0
                    ? Lang.T(lang, $"选项 {o.Name} 缺少取值", $"option {o.Name} needs a value")
                    : Lang.T(lang, $"选项 {o.Name} 不接受“{value}”{(allowed.Length > 0 ? $"，可选：{allowed}" : "")}",
                        $"option {o.Name} does not take \"{value}\"{(allowed.Length > 0 ? $"; one of: {allowed}" : "")}");
            case ArgumentResult { Argument: var a, Tokens.Count: 0 }:
                return Missing(a.Name, lang);
            case ArgumentResult { Argument: var a }:
                return Lang.T(lang, $"参数 {a.Name} 的取值无效", $"argument {a.Name} has an invalid value");
            case CommandResult { Command: var c } when c.Arguments.Any(a => a.Arity.MinimumNumberOfValues > 0) && result.GetResult(c.Arguments[0]) is null or { Tokens.Count: 0 }:
                return Missing(c.Arguments[0].Name, lang);
        }
        if (result.UnmatchedTokens.Count > 0)
            return Lang.T(lang, $"无法识别：{string.Join(" ", result.UnmatchedTokens)}", $"not recognised: {string.Join(" ", result.UnmatchedTokens)}");
        if (result.CommandResult.Command is RootCommand)
            return Lang.T(lang, "缺少命令：parse 或 check", "a command is missing: parse or check");
        return e.Message;
    }

    static string Missing(string name, string lang) =>
        Lang.T(lang, $"缺少参数 {name}：请给出至少一个年度报告文件、文件夹或通配符",
            $"argument {name} is missing: give at least one annual report file, folder or glob");

    static string Allowed(Option o) =>
        string.Join(", ", o.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label));
}
