using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Extraction.Narrative;

/// <summary>
/// Maps a span of a line's matching copy back to its original text, so a figure's provenance points at the number
/// as printed (發(fā)布 and full-width digits included). The line's raw text is normalised again only when a figure
/// is found in it; if that does not reproduce the matching copy, the whole line is the provenance.
/// </summary>
internal sealed class LineLocator(Cell line)
{
    MatchText? map;
    bool tried;

    public Cell Line => line;

    MatchText? Map()
    {
        if (tried) return map;
        tried = true;
        foreach (var strip in new[] { true, false })
        {
            var m = TextNormalizer.Normalize(line.Raw, strip);
            if (m.Text == line.Text) return map = m;
        }
        return null;
    }

    /// <summary>Provenance of match-text span [start, end): the line's own position plus column and length.</summary>
    public Provenance Source(int start, int end)
    {
        if (Map() is not { } m) return line.Source;
        var (os, oe) = m.OriginalSpan(start, end);
        return line.Source with { Column = (line.Source.Column ?? 0) + os, Length = oe - os };
    }

    /// <summary>The original text of match-text span [start, end), trimmed.</summary>
    public string Original(int start, int end)
    {
        if (Map() is not { } m) return line.Text[start..end].Trim();
        var (os, oe) = m.OriginalSpan(start, end);
        return line.Raw[os..oe].Trim();
    }
}
