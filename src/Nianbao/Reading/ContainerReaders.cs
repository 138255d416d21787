using Nianbao.Documents;

namespace Nianbao.Reading;

/// <summary>The container-format readers (DOCX, PDF, DOC) this build has.</summary>
static partial class ContainerReaders
{
    public static void Register(Dictionary<SourceKind, Func<byte[], string, InputLimits, SourceDocument>> readers)
    {
        readers[SourceKind.Docx] = (bytes, source, limits) => Docx.DocxSourceReader.Read(bytes, source, limits);
        readers[SourceKind.Doc] = (bytes, source, limits) => Doc.DocSourceReader.Read(bytes, source, limits);
        readers[SourceKind.Pdf] = (bytes, source, limits) => Pdf.PdfSourceReader.Read(bytes, source, limits);
    }
}
