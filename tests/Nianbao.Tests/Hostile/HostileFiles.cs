using System.IO.Compression;
using System.Text;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Hostile;

/// <summary>
/// The hostile inputs of issue 8, built at test time and small in memory: decompression bombs are made of one
/// deflated megabyte repeated (a block after a sync flush refers to nothing before it), a 100,000-page PDF shares
/// one page content. tools/make-hostile.py writes the same cases at full size for the measurements in docs/limits.md.
/// </summary>
static class HostileFiles
{
    public static string Linxia => File.ReadAllText(SampleFiles.Path("linxia-city-2023.txt"));

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    /// <summary>linxia with a line inserted after the first line that starts with <paramref name="after"/> (the
    /// very first line when null).</summary>
    public static string WithLine(string line, string? after = null)
    {
        var text = Linxia;
        var at = after is null ? text.IndexOf('\n') : text.IndexOf('\n', text.IndexOf("\n" + after, StringComparison.Ordinal) + 1);
        return text[..(at + 1)] + line + "\n" + text[(at + 1)..];
    }

    // ---- ZIP / DOCX ----

    const string ContentTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
    const string Rels = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>One part of a ZIP written by hand: its name, deflated bytes, the size it says it inflates to.</summary>
    public sealed record Part(string Name, byte[] Deflated, long DeclaredSize);

    public static Part Plain(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new Part(name, Deflate(bytes), bytes.Length);
    }

    /// <summary>A document.xml of <paramref name="megabytes"/> MB: the head, then one repeated megabyte, then the
    /// tail, deflated without ever holding the inflated text. <paramref name="declared"/> is what the ZIP states.</summary>
    public static Part Bomb(string head, string repeated, string tail, int megabytes, long? declared = null)
    {
        var unit = new StringBuilder();
        while (unit.Length < (1 << 20) / 3) unit.Append(repeated);
        var block = SyncFlushed(Encoding.UTF8.GetBytes(unit.ToString()));
        var headBlock = SyncFlushed(Encoding.UTF8.GetBytes(head));
        var tailBlock = SyncFlushed(Encoding.UTF8.GetBytes(tail));
        var total = Encoding.UTF8.GetByteCount(unit.ToString());
        var count = (long)megabytes * (1 << 20) / total;
        using var data = new MemoryStream();
        data.Write(headBlock);
        for (var i = 0; i < count; i++) data.Write(block);
        data.Write(tailBlock);
        data.Write([0x03, 0x00]); // the final, empty block
        var size = Encoding.UTF8.GetByteCount(head) + count * total + Encoding.UTF8.GetByteCount(tail);
        return new Part("word/document.xml", data.ToArray(), declared ?? size);
    }

    /// <summary>A DOCX whose one w:t holds <paramref name="megabytes"/> MB of text.</summary>
    public static byte[] OneHugeText(int megabytes, long? declared = null) => DocxOf(Bomb(
        $"""<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>""", "aaaaaaaaaaaaaaaa", "</w:t></w:r></w:p></w:body></w:document>", megabytes, declared));

    /// <summary>A DOCX of <paramref name="megabytes"/> MB of short paragraphs.</summary>
    public static byte[] ManyParagraphs(int megabytes) => DocxOf(Bomb(
        $"""<w:document xmlns:w="{W}"><w:body>""", "<w:p><w:r><w:t>政府</w:t></w:r></w:p>", "</w:body></w:document>", megabytes));

    /// <summary>A DOCX whose body nests <paramref name="depth"/> content controls.</summary>
    public static byte[] DeepXml(int depth) => DocxOf(Plain("word/document.xml",
        $"""<w:document xmlns:w="{W}"><w:body>""" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth))
        + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth)) + "</w:body></w:document>"));

    public static byte[] DocxOf(Part document, params Part[] more) =>
        Zip([Plain("[Content_Types].xml", ContentTypes), Plain("_rels/.rels", Rels), document, .. more]);

    /// <summary>A ZIP of the given parts (deflate, no data descriptors, CRC left 0: every limit is met before a CRC is checked).</summary>
    public static byte[] Zip(IReadOnlyList<Part> parts)
    {
        using var o = new MemoryStream();
        var w = new BinaryWriter(o);
        var offsets = new List<uint>();
        foreach (var p in parts)
        {
            offsets.Add((uint)o.Position);
            var name = Encoding.UTF8.GetBytes(p.Name);
            w.Write(0x04034b50u); w.Write((ushort)20); w.Write((ushort)0x0800); w.Write((ushort)8); w.Write(0u);
            w.Write(0u); w.Write((uint)p.Deflated.Length); w.Write((uint)Math.Min(p.DeclaredSize, uint.MaxValue - 1));
            w.Write((ushort)name.Length); w.Write((ushort)0); w.Write(name); w.Write(p.Deflated);
        }
        var directory = o.Position;
        for (var i = 0; i < parts.Count; i++)
        {
            var p = parts[i];
            var name = Encoding.UTF8.GetBytes(p.Name);
            w.Write(0x02014b50u); w.Write((ushort)20); w.Write((ushort)20); w.Write((ushort)0x0800); w.Write((ushort)8); w.Write(0u);
            w.Write(0u); w.Write((uint)p.Deflated.Length); w.Write((uint)Math.Min(p.DeclaredSize, uint.MaxValue - 1));
            w.Write((ushort)name.Length); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)0);
            w.Write(0u); w.Write(offsets[i]); w.Write(name);
        }
        var size = o.Position - directory;
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)parts.Count); w.Write((ushort)parts.Count);
        w.Write((uint)size); w.Write((uint)directory); w.Write((ushort)0);
        w.Flush();
        return o.ToArray();
    }

    static byte[] Deflate(byte[] bytes)
    {
        using var o = new MemoryStream();
        using (var d = new DeflateStream(o, CompressionLevel.Optimal, leaveOpen: true)) d.Write(bytes);
        return o.ToArray();
    }

    /// <summary>The bytes deflated by a fresh compressor and sync-flushed (ending 00 00 FF FF, not final), so the
    /// block can be repeated and concatenated.</summary>
    static byte[] SyncFlushed(byte[] bytes)
    {
        using var o = new MemoryStream();
        using var d = new DeflateStream(o, CompressionLevel.SmallestSize, leaveOpen: true);
        d.Write(bytes);
        d.Flush();
        return o.ToArray();
    }

    // ---- PDF ----

    /// <summary>A PDF of <paramref name="pages"/> pages sharing one content stream and font.</summary>
    public static byte[] PdfOf(int pages, string text = "row 1 2 3")
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        objects[4] = $"<< /Length {content.Length} >>\nstream\n{content}\nendstream";
        var kids = new StringBuilder();
        const string page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>";
        for (var i = 0; i < pages; i++)
        {
            objects[5 + i] = page;
            kids.Append(5 + i).Append(" 0 R ");
        }
        objects[2] = $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>";
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new Dictionary<int, int>();
        foreach (var (n, body) in objects)
        {
            offsets[n] = pdf.Length;
            pdf.Append(n).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }
        var xref = pdf.Length;
        var size = objects.Keys.Max() + 1;
        pdf.Append("xref\n0 ").Append(size).Append("\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++) pdf.Append(offsets[n].ToString("D10")).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(size).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
