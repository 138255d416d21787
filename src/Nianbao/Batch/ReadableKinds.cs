namespace Nianbao.Batch;

/// <summary>The kinds of file a folder search picks up, known in this one place: text renderings, web pages, Word
/// (.docx, old .doc/.wps) and PDF. A file named explicitly is read whatever its name; the readers decide from its bytes.</summary>
public static class ReadableKinds
{
    /// <summary>The extensions (lower case, with the dot) that a folder search or a --report guard treats as reports.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".htm", ".html", ".md", ".docx", ".pdf", ".doc", ".wps", ".shtml", ".xhtml"];

    /// <summary>True when the file's name ends with one of <see cref="Extensions"/> (any case).</summary>
    public static bool IsReadable(string path)
    {
        var ext = Path.GetExtension(path);
        foreach (var e in Extensions)
            if (ext.Equals(e, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
