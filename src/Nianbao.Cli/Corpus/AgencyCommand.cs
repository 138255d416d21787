using System.CommandLine;
using Nianbao.Cli.Commands;
using Nianbao.Cli.Rendering;
using Nianbao.Corpus.Agencies;
using Nianbao.Corpus.Storage;
using Spectre.Console;

namespace Nianbao.Cli.Corpus;

/// <summary>nianbao agency list [MATCH] | merge INTO FROM | rename AGENCY NAME (docs/corpus.md "Agencies").</summary>
static class AgencyCommand
{
    public static Command Create(string lang)
    {
        var command = new Command("agency", Lang.T(lang, "语料库中的机关：列出、合并、改名", "the corpus's agencies: list, merge, rename"));
        command.Subcommands.Add(List(lang));
        command.Subcommands.Add(Merge(lang));
        command.Subcommands.Add(Rename(lang));
        return command;
    }

    static Command List(string lang)
    {
        var match = new Argument<string?>("MATCH") { Description = Lang.T(lang, "编号、名称的一部分或区划代码开头", "id, part of a name, or start of a region code"), Arity = ArgumentArity.ZeroOrOne };
        var db = CorpusOptions.Db(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("list", Lang.T(lang, "列出机关：区划、上级、曾用名称、年度", "list agencies: region, parent, names used, years")) { match, db, langOption };
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var l = r.GetValue(langOption)!;
            var table = new Table().Border(TableBorder.Simple);
            foreach (var h in new[] { ("编号", "id"), ("机关", "agency"), ("类型", "type"), ("层级", "level"), ("区划", "region"), ("上级", "parent"), ("曾用名称", "names used"), ("年度", "years"), ("报告", "reports") })
                table.AddColumn(Lang.T(l, h.Item1, h.Item2));
            var rows = AgencyAdmin.List(CorpusDb.Open(r.GetValue(db)!, create: false), r.GetValue(match));
            foreach (var a in rows)
                table.AddRow(E(a.Id), E(a.Name), E(a.Type), E(a.Level), E(a.RegionCode is null ? null : $"{a.RegionCode} {a.RegionName}"),
                    E(a.ParentId is null ? null : $"{a.ParentId} {a.ParentName}"), E(string.Join("；", a.Names)), E(string.Join(",", a.Years)), E(a.Reports));
            var console = Consoles.Stdout();
            console.Write(table);
            console.WriteLine(Lang.T(l, $"共 {rows.Count} 个机关", $"{rows.Count} agencies"));
            return 0;
        }));
        return command;
    }

    static string E(object? v) => Markup.Escape(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "—");

    static Command Merge(string lang)
    {
        var into = new Argument<string>("INTO") { Description = Lang.T(lang, "保留的机关（编号或名称）", "the agency that stays (id or name)") };
        var from = new Argument<string>("FROM") { Description = Lang.T(lang, "并入的机关（编号或名称），其名称成为别名", "the agency merged in (id or name); its names become aliases") };
        var db = CorpusOptions.Db(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("merge", Lang.T(lang, "把两个机关合并为一个（同一机关的不同写法）；跨年核查随之更新", "merge two agencies into one (spellings of the same body); cross-year checks follow"))
        { into, from, db, langOption };
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            var store = CorpusDb.Open(r.GetValue(db)!, create: false);
            AgencyAdmin.Merge(store, r.GetValue(into)!, r.GetValue(from)!);
            Console.WriteLine(Lang.T(r.GetValue(langOption)!, $"已把 {r.GetValue(from)} 并入 {r.GetValue(into)}", $"merged {r.GetValue(from)} into {r.GetValue(into)}"));
            return 0;
        }));
        return command;
    }

    static Command Rename(string lang)
    {
        var agency = new Argument<string>("AGENCY") { Description = Lang.T(lang, "机关（编号或名称）", "the agency (id or name)") };
        var name = new Argument<string>("NAME") { Description = Lang.T(lang, "新名称（同时记为别名）", "the new name (also kept as an alias)") };
        var db = CorpusOptions.Db(lang);
        var langOption = CommonOptions.Lang(lang);
        var command = new Command("rename", Lang.T(lang, "给机关改名", "rename an agency")) { agency, name, db, langOption };
        command.SetAction(r => CorpusOptions.Guard(r.GetValue(langOption)!, () =>
        {
            AgencyAdmin.Rename(CorpusDb.Open(r.GetValue(db)!, create: false), r.GetValue(agency)!, r.GetValue(name)!);
            Console.WriteLine(Lang.T(r.GetValue(langOption)!, $"已改名为 {r.GetValue(name)}", $"renamed to {r.GetValue(name)}"));
            return 0;
        }));
        return command;
    }
}
