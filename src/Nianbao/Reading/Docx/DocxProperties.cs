using System.IO.Packaging;
using System.Text.RegularExpressions;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Reading.Docx;

/// <summary>
/// The DOCX core properties as stated metadata, only where they can be the report's own: the title (extraction
/// keeps it only when it reads as a report title, docs/format.md §2.1), the author when it names an agency. Word fills
/// both from the machine ("Microsoft Office User", "Administrator", a template's title), and the file's
/// created/modified stamps are when someone saved it, not the report's 成文日期 or 发布日期; stated metadata would
/// override the printed dates, so those stamps are not used.
/// </summary>
static partial class DocxProperties
{
    [GeneratedRegex(@"^[\u4e00-\u9fff（）()·]{2,40}(?:人民政府|政府|委员会|办公室|管理局|局|委|办|厅|乡|镇|街道办事处|街道|中心|管委会|院|署)$")]
    private static partial Regex AgencyName();

    public static Dictionary<string, MetaField> Stated(PackageProperties props)
    {
        var result = new Dictionary<string, MetaField>();
        var source = new Provenance("docx-properties");
        var title = props.Title?.Trim();
        if (!string.IsNullOrEmpty(title))
            result[Keys.Metadata.Title] = new MetaField(Keys.Metadata.Title, title, source);
        var creator = props.Creator?.Trim();
        if (!string.IsNullOrEmpty(creator) && AgencyName().IsMatch(creator))
            result[Keys.Metadata.Issuer] = new MetaField(Keys.Metadata.Issuer, creator, source);
        return result;
    }
}
