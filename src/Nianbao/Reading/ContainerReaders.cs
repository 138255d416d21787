using Nianbao.Documents;

namespace Nianbao.Reading;

/// <summary>The container-format readers (DOCX, PDF, DOC) this build has.</summary>
static partial class ContainerReaders
{
    public static void Register(Dictionary<SourceKind, Func<byte[], string, SourceDocument>> readers)
    {
        readers[SourceKind.Docx] = Docx.DocxSourceReader.Read;
        readers[SourceKind.Doc] = Doc.DocSourceReader.Read;
        readers[SourceKind.Pdf] = Pdf.PdfSourceReader.Read;
    }
}
