using Nianbao.Model;

namespace Nianbao.Documents;

/// <summary>The result of reading one source: its blocks in reading order, whatever the rendering was.</summary>
public sealed class SourceDocument
{
    /// <summary>The source name (file path or the name given with the bytes), copied to the report.</summary>
    public required string Source { get; init; }
    /// <summary>"text", "html", "docx", "pdf", "doc".</summary>
    public required string Kind { get; init; }
    /// <summary>Lines and tables in reading order.</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }
    /// <summary>Metadata the container states (DOCX core properties, HTML meta tags), before any text is read.</summary>
    public IReadOnlyDictionary<string, MetaField> StatedMetadata { get; init; } = new Dictionary<string, MetaField>();
    /// <summary>Where the container says the document is published (an HTML page's canonical link, og:url or
    /// &lt;base href&gt;, absolute http(s) only); null when it does not say.</summary>
    public string? Url { get; init; }
    /// <summary>Problems met while reading (decoding, scanned PDF…).</summary>
    public List<Finding> Findings { get; } = [];
}
