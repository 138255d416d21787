using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Writing;

/// <summary>The compiler's fill-in file: made as XLSX or JSON, read back from either (by its first bytes).</summary>
public static class FillIn
{
    /// <summary>The fill-in JSON of a format version: the codebook shape, every cell null.</summary>
    public static string Json(ReportTemplate template, FormatId format) => FillInJson.Template(template, format);

    /// <summary>The fill-in workbook of a format version (see docs/writing.md).</summary>
    public static byte[] Xlsx(ReportTemplate template, FormatId format) => FillInXlsx.Template(template, format);

    /// <summary>Reads a filled file from disk; its size is checked before it is read.</summary>
    /// <exception cref="InputException">Missing, or as <see cref="Read"/>.</exception>
    public static Report ReadFile(string path, ReportTemplate template, Reading.InputLimits? limits = null)
    {
        limits ??= Reading.InputLimits.Default;
        if (!File.Exists(path)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", path));
        var length = new FileInfo(path).Length;
        if (length > limits.MaxFileBytes)
            throw Reading.InputLimits.Exceeded("NB-INPUT-LIMIT-FILE", "file-mb", $"{Reading.InputLimits.Megabytes(length)} MB", Reading.InputLimits.Megabytes(limits.MaxFileBytes));
        try { return Read(File.ReadAllBytes(path), Path.GetFileName(path), template, limits); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("NB-INPUT-UNREADABLE", ("reason", e.Message));
        }
    }

    /// <exception cref="InputException">Not an XLSX or JSON fill-in file, past an input limit (checked before reading:
    /// file size, and for a workbook the package's entries, sizes and XML depth), or a value that cannot be read.</exception>
    public static Report Read(byte[] bytes, string source, ReportTemplate template, Reading.InputLimits? limits = null)
    {
        limits ??= Reading.InputLimits.Default;
        if (bytes.LongLength > limits.MaxFileBytes)
            throw Reading.InputLimits.Exceeded("NB-INPUT-LIMIT-FILE", "file-mb", $"{Reading.InputLimits.Megabytes(bytes.LongLength)} MB", Reading.InputLimits.Megabytes(limits.MaxFileBytes));
        if (bytes.Length > 4 && bytes[0] == 0x50 && bytes[1] == 0x4B)
        {
            Reading.Docx.DocxPackageCheck.EnsurePackage(bytes, limits, zip =>
            {
                if (zip.GetEntry("xl/workbook.xml") is null) throw new InputException("NB-FILL-KIND", ("name", source));
            });
            return FillInXlsx.Read(bytes, source, template);
        }
        var text = System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        if (text.TrimStart().StartsWith('{')) return FillInJson.Read(text, source, template);
        throw new InputException("NB-FILL-KIND", ("name", source));
    }
}
