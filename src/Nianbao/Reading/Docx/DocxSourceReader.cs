using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Nianbao.Documents;
using Nianbao.Model;

namespace Nianbao.Reading.Docx;

/// <summary>
/// A Word document (DOCX, DOCM, DOTX) through DocumentFormat.OpenXml: the main body in reading order, paragraphs
/// as lines and tables as their real grid (docs/format.md §9.3 step 8). Headers, footers and footnotes are page chrome
/// and are not read. Core properties give stated metadata where they look like the report's own (docs/format.md §2.1).
/// </summary>
internal static class DocxSourceReader
{
    public static SourceDocument Read(byte[] bytes, string source, InputLimits? limits = null)
    {
        limits ??= InputLimits.Default;
        DocxPackageCheck.EnsureWordDocument(bytes, limits);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new InputException("NB-INPUT-DOCX-DAMAGED", ("detail", "word/document.xml has no body"));
            var blocks = DocxBodyWalker.Read(body, limits);
            return new SourceDocument
            {
                Source = source, Kind = "docx", Blocks = blocks,
                StatedMetadata = DocxProperties.Stated(word.PackageProperties),
            };
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
                                      or InvalidOperationException or IOException || IsPackageDamage(e))
        {
            throw new InputException("NB-INPUT-DOCX-DAMAGED", ("detail", e.Message));
        }
    }

    /// <summary>The packaging library's own ArgumentException for a damaged part name or content type in
    /// [Content_Types].xml (found by mutation fuzzing, docs/fuzzing.md): damage of the input, not a fault here.</summary>
    static bool IsPackageDamage(Exception e) =>
        e is ArgumentException && e.TargetSite?.Module.Assembly == typeof(System.IO.Packaging.Package).Assembly;
}
