using System.CommandLine;
using System.Text;
using Nianbao.Cli;
using Nianbao.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var lang = Lang.Detect(args);
System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(lang == "en" ? "en-US" : "zh-Hans");
var root = new RootCommand(Lang.T(lang,
    "年报：读取、核查政府信息公开工作年度报告（国办公开办函〔2021〕30号格式及2019年格式）。",
    "Nianbao: reads and checks China's government information disclosure annual reports (the 2021 national format and the 2019 format)."));
root.Subcommands.Add(ParseCommand.Create(lang));
root.Subcommands.Add(CheckCommand.Create(lang));
root.Subcommands.Add(ComposeCommands.Template(lang));
root.Subcommands.Add(ComposeCommands.Render(lang));
root.Subcommands.Add(CompareCommand.Create(lang));
root.Subcommands.Add(StatsCommand.Create(lang));
root.Subcommands.Add(RollupCommand.Create(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.ImportCommand.Create(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.ListCommands.List(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.ListCommands.Show(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.ListCommands.Export(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.ReviewCommand.Create(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.AgencyCommand.Create(lang));
root.Subcommands.Add(Nianbao.Cli.Corpus.CorpusCommand.Create(lang));
root.Subcommands.Add(ServeCommand.Create(lang));
foreach (var extra in CommandRegistry.Extra) root.Subcommands.Add(extra(lang));
// The built-in options speak the user's language too.
foreach (var option in root.Options)
{
    if (option.Name == "--help") option.Description = Lang.T(lang, "显示帮助和用法", "Show help and usage information");
    else if (option.Name == "--version") option.Description = Lang.T(lang, "显示版本", "Show version information");
}
var parsed = root.Parse(args);
// Help is shown whatever else is wrong; otherwise a mistake is told in the user's language (exit 2).
if (parsed.Errors.Count > 0 && !args.Any(a => a is "-h" or "--help" or "-?")) return UsageErrors.Report(parsed, lang);
return parsed.Invoke();
