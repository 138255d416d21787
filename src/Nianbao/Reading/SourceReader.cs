using Nianbao.Documents;
using Nianbao.Model;

namespace Nianbao.Reading;

/// <summary>Reads any supported rendering into a <see cref="SourceDocument"/>, choosing the reader by content.</summary>
public static class SourceReader
{
    /// <summary>Readers for container formats (DOCX, PDF, DOC) register here; text and HTML are built in.</summary>
    public static readonly Dictionary<SourceKind, Func<byte[], string, SourceDocument>> Containers = [];

    static SourceReader() => ContainerReaders.Register(Containers);

    public static SourceDocument Read(byte[] bytes, string source)
    {
        var kind = SourceSniffer.Sniff(bytes, source);
        return kind switch
        {
            SourceKind.Empty => throw new InputException("NB-INPUT-EMPTY"),
            SourceKind.Text => TextSourceReader.Read(bytes, source),
            SourceKind.Html => HtmlSourceReader.Read(bytes, source),
            _ when Containers.TryGetValue(kind, out var reader) => reader(bytes, source),
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
