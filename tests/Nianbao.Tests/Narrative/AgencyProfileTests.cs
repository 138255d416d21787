using Nianbao.Extraction;
using Nianbao.Template;

namespace Nianbao.Tests.Narrative;

/// <summary>Issuer type and level from the name (docs/format.md §5.7; decisions in docs/narrative-figures.md).</summary>
public class AgencyProfileTests
{
    [Theory]
    [InlineData("临夏市人民政府", "government", "city")]
    [InlineData("拉萨市人民政府", "government", "city")]
    [InlineData("耳口乡", "township", "township")]
    [InlineData("贵溪耳口乡", "township", "township")]
    [InlineData("耳口乡人民政府", "township", "township")]
    [InlineData("天水市麦积区政务服务管理局", "department", "county")]
    [InlineData("四方台区", "government", "county")]                  // a bare place name: its people's government
    [InlineData("北京市人民政府", "government", "provincial")]
    [InlineData("西藏自治区人民政府办公厅", "department", "provincial")]
    [InlineData("临夏回族自治州人民政府", "government", "city")]
    [InlineData("某某市住房和城乡建设局", "department", "city")]      // 城乡 is not a 乡
    [InlineData("某某县市场监督管理局", "department", "county")]      // 市场 is not a 市
    [InlineData("某某区某某街道办事处", "township", "township")]
    [InlineData("国务院办公厅", "department", "national")]
    [InlineData("教育部", "department", "national")]
    public void Profile_from_name(string name, string type, string level)
    {
        var p = AgencyProfiler.Of(name, ReportTemplate.Embedded.Naming);
        Assert.Equal((type, level), (p.Type, p.Level));
        Assert.False(string.IsNullOrEmpty(p.Evidence));
    }

    [Theory]
    [InlineData("linxia-city-2023", "government", "city")]
    [InlineData("erkou-township-2023", "township", "township")]
    [InlineData("maiji-service-bureau-2022", "department", "county")]
    [InlineData("sifangtai-district-2023", "government", "county")]
    [InlineData("lhasa-city-2021", "government", "city")]
    public void Samples_are_profiled(string name, string type, string level)
    {
        var profile = NarrativeTestKit.Parse(name).Profile;
        Assert.NotNull(profile);
        Assert.Equal((type, level), (profile!.Type, profile.Level));
    }

    [Fact]
    public void Unknown_name_says_so()
    {
        var p = AgencyProfiler.Of("我局", ReportTemplate.Embedded.Naming);
        Assert.Null(p.Level);
        Assert.Contains("我局", p.Evidence);
    }
}
