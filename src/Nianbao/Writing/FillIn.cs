using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>The compiler's fill-in file: made as XLSX or JSON, read back from either (by its first bytes).</summary>
public static class FillIn
{
    public static string Json(ReportTemplate template, FormatId format) => FillInJson.Template(template, format);

    public static byte[] Xlsx(ReportTemplate template, FormatId format) => FillInXlsx.Template(template, format);

    /// <exception cref="InputException">Not an XLSX or JSON fill-in file, or a value that cannot be read.</exception>
    public static Report Read(byte[] bytes, string source, ReportTemplate template)
    {
        if (bytes.Length > 4 && bytes[0] == 0x50 && bytes[1] == 0x4B) return FillInXlsx.Read(bytes, source, template);
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        if (text.TrimStart().StartsWith('{')) return FillInJson.Read(text, source, template);
        throw new InputException("NB-FILL-KIND", ("name", source));
    }
}
