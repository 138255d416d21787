using Nianbao.Corpus.Agencies;

namespace Nianbao.Tests.Corpus;

public class AgencyIdentityTests
{
    [Theory]
    [InlineData("临夏市人民政府", "622901|政府", "622901")]
    [InlineData("拉萨市人民政府", "540100|政府", "540100")]
    [InlineData("拉薩市人民政府", "540100|政府", "540100")]            // traditional
    [InlineData("拉萨市政府", "540100|政府", "540100")]                // 政府 for 人民政府
    [InlineData("西藏自治区拉萨市人民政府", "540100|政府", "540100")]   // the province before the city
    [InlineData("拉萨市 人民政府", "540100|政府", "540100")]           // spacing
    [InlineData("四方台区", "230505|政府", "230505")]                  // a bare place name is its government
    [InlineData("天水市麦积区政务服务管理局", "620503|政务服务管理局", "620503")]
    [InlineData("麦积区政务服务管理局", "620503|政务服务管理局", "620503")]
    [InlineData("ＸＸ部", "XX部", null)]                               // full width folded, nothing resolved
    public void Keys_and_regions(string name, string key, string? code)
    {
        var id = AgencyIdentity.Of(name)!;
        Assert.Equal(key, id.Key);
        Assert.Equal(code, id.Region?.Code);
    }

    [Fact]
    public void Issuer_places_a_township_whose_name_alone_is_ambiguous()
    {
        // 耳口乡 resolves alone or through 发文机关 贵溪耳口乡 to 贵溪市 (360681)'s 耳口乡.
        var id = AgencyIdentity.Of("耳口乡", "贵溪耳口乡")!;
        Assert.Equal("360681205", id.Region?.Code);
        Assert.Equal("360681205|政府", id.Key);
        Assert.Equal("township", id.Type);
    }

    [Fact]
    public void An_ambiguous_place_resolves_to_nothing()
    {
        // 朝阳区 is a district of 北京市 and of 长春市.
        Assert.Null(AgencyIdentity.Of("朝阳区人民政府")!.Region);
        Assert.Equal("110105", AgencyIdentity.Of("北京市朝阳区人民政府")!.Region?.Code);
        Assert.Equal("220104", AgencyIdentity.Of("长春市朝阳区人民政府")!.Region?.Code);
    }

    [Fact]
    public void Dataset_is_recorded()
    {
        Assert.StartsWith("china-division 2.7.0", Divisions.Dataset);
        Assert.Equal("622900", Divisions.ByCode("622901")!.Parent);
        Assert.Equal("临夏", Divisions.ShortName("临夏回族自治州"));
        Assert.Equal("新疆", Divisions.ShortName("新疆维吾尔自治区"));
        Assert.Equal("贵溪", Divisions.ShortName("贵溪市"));
    }
}
