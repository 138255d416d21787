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
                                      or InvalidOperationException or IOException || IsPackageDamage(e) || IsValueDamage(e))
        {
            throw new InputException("NB-INPUT-DOCX-DAMAGED", ("detail", e.Message));
        }
    }

    /// <summary>The packaging library's own ArgumentException for a damaged part name or content type in
    /// [Content_Types].xml (found by mutation fuzzing, docs/fuzzing.md): damage of the input, not a fault here.</summary>
    static bool IsPackageDamage(Exception e) =>
        e is ArgumentException && e.TargetSite?.Module.Assembly == typeof(System.IO.Packaging.Package).Assembly;

    /// <summary>The Word SDK's FormatException for an attribute value it cannot parse (<c>w:vMerge w:val="restart | "</c>,
    /// a gridSpan that is not a number; found by mutation fuzzing, docs/fuzzing.md), thrown from its simple-value types
    /// when the value is read: damage of the input. Read as absent, a merge or span would move values between cells.</summary>
    static bool IsValueDamage(Exception e) =>
        e is FormatException && new System.Diagnostics.StackTrace(e).GetFrames().Any(f =>
            f.GetMethod()?.DeclaringType is { } t && typeof(DocumentFormat.OpenXml.OpenXmlSimpleType).IsAssignableFrom(t));
}
