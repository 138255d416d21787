using Nianbao.Documents;
using Nianbao.Model;

namespace Nianbao.Reading;

/// <summary>Reads any supported rendering into a <see cref="SourceDocument"/>, choosing the reader by content.</summary>
internal static class SourceReader
{
    /// <summary>Readers for container formats (DOCX, PDF, DOC) register here; text and HTML are built in.</summary>
    public static readonly Dictionary<SourceKind, Func<byte[], string, InputLimits, SourceDocument>> Containers = [];

    static SourceReader() => ContainerReaders.Register(Containers);

    public static SourceDocument Read(byte[] bytes, string source, InputLimits? limits = null)
    {
        var doc = ReadKind(bytes, source, limits ?? InputLimits.Default);
        if (doc.Kind == "text" || doc.Kind == "pdf") return doc;
        // Markup sources may hold tables typed as text in their paragraphs: read those like text renderings.
        var blocks = Tokenizing.ParagraphTables.Apply(doc.Blocks);
        if (ReferenceEquals(blocks, doc.Blocks)) return doc;
        var rebuilt = new SourceDocument { Source = doc.Source, Kind = doc.Kind, Blocks = blocks, StatedMetadata = doc.StatedMetadata, Url = doc.Url };
        rebuilt.Findings.AddRange(doc.Findings);
        return rebuilt;
    }

    static SourceDocument ReadKind(byte[] bytes, string source, InputLimits limits)
    {
        var kind = SourceSniffer.Sniff(bytes, source);
        return kind switch
        {
            SourceKind.Empty => throw new InputException("NB-INPUT-EMPTY"),
            SourceKind.Text => TextSourceReader.Read(bytes, source, limits),
            SourceKind.Html => HtmlSourceReader.Read(bytes, source, limits),
            _ when Containers.TryGetValue(kind, out var reader) => reader(bytes, source, limits),
            _ => throw new InputException("NB-INPUT-BINARY", ("kind", KindName(kind))),
        };
    }

    static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Image => "image",
        SourceKind.Pdf => "PDF",
        SourceKind.Docx => "ZIP/DOCX",
        SourceKind.Doc => "DOC",
        _ => "binary",
    };
}
