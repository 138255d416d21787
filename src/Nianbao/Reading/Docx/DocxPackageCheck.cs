using System.IO.Compression;
using Nianbao.Model;

namespace Nianbao.Reading.Docx;

/// <summary>
/// Every ZIP sniffs as <see cref="SourceKind.Docx"/>; before opening it as Word, say clearly what else it is
/// (a spreadsheet, a presentation, an OpenDocument file, a plain archive) instead of failing deep in the SDK.
/// </summary>
static class DocxPackageCheck
{
    public static void EnsureWordDocument(byte[] bytes)
    {
        string kind;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null || HasWordMainPart(zip)) return;
            kind = zip.GetEntry("xl/workbook.xml") is not null ? "xlsx"
                : zip.GetEntry("ppt/presentation.xml") is not null ? "pptx"
                : zip.GetEntry("mimetype") is { } mime ? Mime(mime)
                : "zip";
        }
        catch (InvalidDataException e)
        {
            throw new InputException("NB-INPUT-DOCX-DAMAGED", ("detail", e.Message));
        }
        throw new InputException("NB-INPUT-NOT-DOCX", ("kind", kind));
    }

    /// <summary>A Word main part stored under another name: [Content_Types].xml names it.</summary>
    static bool HasWordMainPart(ZipArchive zip)
    {
        if (zip.GetEntry("[Content_Types].xml") is not { } types || types.Length > 1 << 20) return false;
        using var reader = new StreamReader(types.Open());
        return reader.ReadToEnd().Contains("wordprocessingml.document.main", StringComparison.Ordinal);
    }

    static string Mime(ZipArchiveEntry entry)
    {
        if (entry.Length > 200) return "zip";
        using var reader = new StreamReader(entry.Open());
        var mime = reader.ReadToEnd().Trim();
        return mime.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal)
            ? mime["application/vnd.oasis.opendocument.".Length..] switch { "text" => "odt", "spreadsheet" => "ods", "presentation" => "odp", var o => o }
            : "zip";
    }
}
