using System.Text;
using Nianbao.Model;
using Nianbao.Template;
using A = Nianbao.Template.Keys.Applications;
using D = Nianbao.Template.Keys.ActiveDisclosure;
using R = Nianbao.Template.Keys.ReviewLitigation;

namespace Nianbao.Synthesis;

/// <summary>
/// The narrative sections of a synthetic report: section 一 opens with the statistics period and the year it speaks of,
/// and states the figures docs/narrative-figures.md reads (applications received and answered, review and litigation
/// cases, documents in force; in two of three 2019-layout reports table 二's documents made and published, decisions
/// and procurement projects) as the tables give them, except the number received when an error was injected there;
/// sections 五 and 六 are a few stock sentences. Tables' sections (二 to 四) hold no text.
/// </summary>
static class Narrative
{
    static readonly string[] Openings =
    [
        "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。",
        "严格执行《中华人民共和国政府信息公开条例》，围绕中心工作，不断深化政务公开，切实保障人民群众的知情权、参与权和监督权。",
        "按照上级关于政务公开工作的部署要求，健全工作机制，规范公开程序，政府信息公开工作有序推进。",
    ];
    static readonly string[] Problems =
    [
        "一是信息公开的主动性还需进一步增强；二是政策解读形式较为单一；三是工作人员业务水平有待提高。",
        "一是部分栏目更新不够及时；二是公开内容的深度和广度还需拓展。",
    ];

    public static void Fill(Random random, Report report, ReportTemplate template, int year, long statedReceived)
    {
        long? V(string table, string row, string column) => report.Value(table, row, column).Integer;
        var agency = report.Agency;
        var overview = new StringBuilder();
        overview.Append("本报告所列数据统计期限为").Append(year).Append("年1月1日至").Append(year).Append("年12月31日。\n");
        overview.Append(year).Append("年，").Append(agency).Append(Openings[random.Next(Openings.Length)]).Append('\n');
        overview.Append("（一）主动公开\n");
        overview.Append("全年通过政府网站主动公开政府信息").Append(random.Next(5, 3000)).Append("条，发布政策解读").Append(random.Next(0, 60)).Append("篇。\n");
        if (report.Format == FormatId.F2019 && random.Next(3) > 0) overview.Append(TableTwo2019(report));
        overview.Append("（二）依申请公开\n");
        if (statedReceived == 0) overview.Append("本年度未收到政府信息公开申请。");
        else
        {
            overview.Append("本年度共收到政府信息公开申请").Append(statedReceived).Append("件");
            if (V(Keys.Tables.Applications, A.Rows.TotalProcessed, A.Columns.Total) is long done) overview.Append("，办结").Append(done).Append("件");
            overview.Append('。');
        }
        var review = V(Keys.Tables.ReviewLitigation, R.Rows.Review, R.Columns.Total);
        var direct = V(Keys.Tables.ReviewLitigation, R.Rows.LitigationDirect, R.Columns.Total);
        var after = V(Keys.Tables.ReviewLitigation, R.Rows.LitigationAfterReview, R.Columns.Total);
        if (review is long rv && direct is long dl && after is long af)
            overview.Append("因政府信息公开被申请行政复议").Append(rv).Append("件，被提起行政诉讼").Append(dl + af).Append("件。");
        overview.Append('\n');
        overview.Append("（三）政府信息管理\n");
        if (V(Keys.Tables.ActiveDisclosure, D.Rows.NormativeDocuments, D.Columns.InForce) is long inForce)
            overview.Append("对本机关制发的规范性文件进行了清理，现行有效规范性文件").Append(inForce).Append("件。\n");
        else overview.Append("严格落实公文类信息公开属性源头认定机制，规范信息发布审核程序。\n");
        overview.Append("（四）平台建设\n持续加强政府网站和政务新媒体建设，及时更新发布各类信息。\n");
        overview.Append("（五）监督保障\n将政府信息公开工作纳入年度考核，定期开展自查整改。");

        Set(report, template, (Keys.Sections.Overview), overview.ToString());
        Set(report, template, (Keys.Sections.Problems), Problems[random.Next(Problems.Length)] + "\n" + (year + 1) + "年，将进一步加强业务培训，提升政府信息公开质量。");
        Set(report, template, (Keys.Sections.Other), random.Next(2) == 0 ? "本年度未收取信息处理费。" : "无其他需要报告的事项。");
    }

    /// <summary>What many 2019-layout reports state of table 二 in their narrative (docs/narrative-figures.md): the
    /// normative documents made and published, the decisions of each block (五)/(六) row and the procurement projects,
    /// each only where the table prints a number.</summary>
    static string TableTwo2019(Report report)
    {
        long? V(string row, string column) => report.Value(Keys.Tables.ActiveDisclosure, row, column).Integer;
        var t = new StringBuilder();
        if (V(D.Rows.NormativeDocuments, D.Columns.Made) is long made && V(D.Rows.NormativeDocuments, D.Columns.Published) is long published)
            t.Append("本年新制作规范性文件").Append(made).Append("件，新公开规范性文件").Append(published).Append("件。");
        var decisions = new List<string>();
        foreach (var (row, words) in new[] { (D.Rows.Licensing, "行政许可处理决定"), (D.Rows.OtherServices, "其他对外管理服务事项处理决定"), (D.Rows.Penalty, "行政处罚决定"), (D.Rows.Coercion, "行政强制决定") })
            if (V(row, D.Columns.Decisions) is long n) decisions.Add(words + n + "件");
        if (decisions.Count > 0) t.Append("全年作出").Append(string.Join("，", decisions)).Append('。');
        if (V(D.Rows.Procurement, D.Columns.Projects) is long projects && report.Value(Keys.Tables.ActiveDisclosure, D.Rows.Procurement, D.Columns.Amount).Text is { } amount)
            t.Append("政府集中采购项目").Append(projects).Append("个，采购总金额").Append(amount).Append('。');
        return t.Length == 0 ? "" : t.Append('\n').ToString();
    }

    static void Set(Report report, ReportTemplate template, string key, string text) =>
        report.Sections[key] = new SectionText(key, template.Section(key)!.Label, text, null) { Match = text };
}
