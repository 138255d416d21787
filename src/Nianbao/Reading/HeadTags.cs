using AngleSharp.Dom;

namespace Nianbao.Reading;

/// <summary>
/// The &lt;meta&gt;, &lt;link&gt; and &lt;base&gt; elements a page states its metadata and address in, gathered in one
/// pass over the document (wherever they stand: sloppy CMS pages put them in the body). The first of each wins, as a
/// selector query would find it; names and rel tokens compare without case.
/// </summary>
sealed class HeadTags
{
    readonly Dictionary<string, string> metaByName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first &lt;link rel="canonical"&gt;'s href.</summary>
    public string? Canonical { get; private set; }

    /// <summary>The first &lt;meta property="og:url"&gt;'s content.</summary>
    public string? OgUrl { get; private set; }

    /// <summary>The first &lt;base&gt;'s href.</summary>
    public string? Base { get; private set; }

    /// <summary>The content of the first &lt;meta name="…"&gt; with that name and a content attribute.</summary>
    public string? Meta(string name) => metaByName.GetValueOrDefault(name);

    public static HeadTags Of(IDocument document)
    {
        var tags = new HeadTags();
        if (document.DocumentElement is { } root) tags.Walk(root);
        return tags;
    }

    void Walk(IElement element)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            var tag = child.LocalName;
            if (tag == TagNames.Meta)
            {
                if (child.GetAttribute("content") is { } content)
                {
                    if (child.GetAttribute("name") is { } name) metaByName.TryAdd(name, content);
                    if (OgUrl is null && string.Equals(child.GetAttribute("property"), "og:url", StringComparison.OrdinalIgnoreCase)) OgUrl = content;
                }
            }
            else if (tag == TagNames.Link)
            {
                if (Canonical is null && child.GetAttribute("href") is { } href && child.GetAttribute("rel") is { } rel
                    && rel.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                    Canonical = href;
            }
            else if (tag == TagNames.Base) Base ??= child.GetAttribute("href");
            Walk(child);
        }
    }
}
