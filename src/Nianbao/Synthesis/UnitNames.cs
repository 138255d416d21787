namespace Nianbao.Synthesis;

/// <summary>
/// Made-up issuer names for synthetic reports: a place from two syllables (no digit, so no number enters a title),
/// then the kind of unit (docs/synthesis.md): a people's government of a province, city or county; a department of a
/// city or county government; a township, town or sub-district office.
/// </summary>
static class UnitNames
{
    static readonly string[] First = ["临", "青", "安", "永", "平", "长", "宁", "清", "江", "河", "东", "西", "南", "北", "新", "兴", "丰", "阳", "白", "龙", "金", "石", "华", "嘉", "建", "顺", "泰", "和", "云", "山"];
    static readonly string[] Second = ["川", "源", "宁", "安", "丰", "泽", "阳", "德", "昌", "城", "林", "水", "峰", "江", "溪", "州", "平", "远", "康", "乐", "台", "谷", "原", "湖"];
    static readonly string[] Departments =
    [
        "教育局", "财政局", "民政局", "司法局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
        "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
        "人力资源和社会保障局", "发展和改革委员会", "公安局", "林业和草原局", "政务服务数据管理局",
    ];

    /// <summary>What kind of unit a report comes from (the share of each in a corpus is set by <see cref="Pick"/>).</summary>
    public enum Kind { Province, City, County, Department, Township }

    /// <summary>Most reports come from departments and townships; provinces are few.</summary>
    public static Kind Pick(Random r) => r.Next(100) switch
    {
        < 2 => Kind.Province,
        < 10 => Kind.City,
        < 30 => Kind.County,
        < 70 => Kind.Department,
        _ => Kind.Township,
    };

    static string Place(Random r) => First[r.Next(First.Length)] + Second[r.Next(Second.Length)];

    /// <summary>The unit's name as its report's title prints it.</summary>
    public static string Name(Kind kind, Random r) => kind switch
    {
        Kind.Province => Place(r) + "省人民政府",
        Kind.City => Place(r) + "市人民政府",
        Kind.County => Place(r) + (r.Next(2) == 0 ? "县" : "区") + "人民政府",
        Kind.Department => Place(r) + (r.Next(3) == 0 ? "市" : "县") + Departments[r.Next(Departments.Length)],
        _ => Place(r) + (r.Next(3) switch { 0 => "乡", 1 => "镇", _ => "街道办事处" }),
    };
}
