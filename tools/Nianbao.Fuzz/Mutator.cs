using System.IO.Compression;
using System.Text;

namespace Nianbao.Fuzz;

/// <summary>A seed file: its bytes and the extension it is read under (txt, md, html, docx, doc, pdf).</summary>
public sealed record FuzzSeed(string Name, string Extension, byte[] Bytes);

/// <summary>
/// Mutations of seed files for fuzzing every reader (docs/fuzzing.md), deterministic for a random source: byte and bit
/// flips, truncation, splicing two seeds of one kind, huge repeats, deletions and duplications, interesting tokens
/// (pipes, tabs, digit runs, blank marks, spans), invalid encodings (stray UTF-8 continuation bytes, cut GBK and Big5
/// characters, BOMs), deep nesting (HTML elements, DOCX XML), and for DOCX mutations inside the package: malformed
/// XML parts, entity expansion, dropped, duplicated and added entries, sizes the central directory lies about, and
/// damaged compressed data.
/// </summary>
public static class Mutator
{
    static readonly string[] Tokens =
    [
        "|", "||", "\t", "\n", "\r\n", " | ", "0", "99999999999999999999", "123456789012345", "-", "—", "/", "无", "+3", "-2",
        "406.61", "1,000", "9000元", "?", "\0", "\u001b[31m", "一、", "三、本年度办理结果", "（七）总计", "第二十条第（一）项",
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<td rowspan=\"500\" colspan=\"100\">", "<br>", "<p>", "&nbsp;", "&#0;",
        "&#x1F600;", "<!--", "-->", "<script>", "</script>", "<![CDATA[", "]]>", "\uFEFF", "\uFFFD", "2023年", "2019年", "行政复议",
    ];

    /// <summary>One mutant of <paramref name="seed"/> (sometimes using another seed of its kind from <paramref name="corpus"/>);
    /// <paramref name="maxBytes"/> bounds what a repeat may grow to; <paramref name="hugeShare"/> is the chance that a repeat
    /// grows to it (a "huge-repeat"). Returns the bytes and the name of the mutation.</summary>
    public static (byte[] Bytes, string Operation) Mutate(Random r, FuzzSeed seed, IReadOnlyList<FuzzSeed> corpus, int maxBytes, double hugeShare = 0.002)
    {
        if (seed.Extension == "docx" && r.Next(3) > 0) return Docx(r, seed.Bytes, maxBytes, hugeShare);
        if (seed.Extension == "html" && r.Next(6) == 0) return (Nest(r, seed.Bytes, "<div>", "<table><tr><td>", "<span>", "<ul><li>", "<svg><g>"), "nest");
        var bytes = seed.Bytes;
        var steps = 1 + r.Next(3);
        var names = new List<string>();
        for (var i = 0; i < steps; i++)
        {
            var (b, name) = Bytes(r, bytes, seed, corpus, maxBytes, hugeShare);
            bytes = b;
            names.Add(name);
        }
        return (bytes, string.Join("+", names));
    }

    static (byte[], string) Bytes(Random r, byte[] b, FuzzSeed seed, IReadOnlyList<FuzzSeed> corpus, int maxBytes, double hugeShare)
    {
        if (b.Length == 0) return ([.. Encoding.UTF8.GetBytes(Tokens[r.Next(Tokens.Length)])], "token");
        switch (r.Next(11))
        {
            case 0:
            {
                var c = (byte[])b.Clone();
                for (var k = 1 + r.Next(16); k > 0; k--) c[r.Next(c.Length)] = (byte)r.Next(256);
                return (c, "flip");
            }
            case 1:
            {
                var c = (byte[])b.Clone();
                for (var k = 1 + r.Next(8); k > 0; k--) c[r.Next(c.Length)] ^= (byte)(1 << r.Next(8));
                return (c, "bitflip");
            }
            case 2: return (b[..r.Next(b.Length)], "truncate");
            case 3:
            {
                var same = corpus.Where(s => s.Extension == seed.Extension && s.Bytes.Length > 0).ToList();
                var other = same.Count > 0 ? same[r.Next(same.Count)].Bytes : b;
                return ([.. b[..r.Next(b.Length + 1)], .. other[r.Next(other.Length + 1)..]], "splice");
            }
            case 4:
            {
                // A chunk repeated until the file is up to maxBytes long (a huge repeat).
                var start = r.Next(b.Length);
                // Mostly a few kilobytes more; a share (one in 500 by default) grows to maxBytes (a huge input must finish
                // in bounded time).
                var huge = r.NextDouble() < hugeShare;
                var chunk = b[start..Math.Min(b.Length, start + 1 + r.Next(huge ? 4096 : 256))];
                var target = huge ? maxBytes : Math.Min(maxBytes, b.Length + chunk.Length * (1 + r.Next(50)));
                var at = r.Next(b.Length + 1);
                var ms = new MemoryStream(target + chunk.Length);
                ms.Write(b, 0, at);
                while (ms.Length + chunk.Length <= target) ms.Write(chunk);
                ms.Write(b, at, b.Length - at);
                return (ms.ToArray(), huge ? "huge-repeat" : "repeat");
            }
            case 5:
            {
                var at = r.Next(b.Length);
                var len = Math.Min(b.Length - at, 1 + r.Next(Math.Max(1, b.Length / 4)));
                return ([.. b[..at], .. b[(at + len)..]], "delete");
            }
            case 6:
            {
                var at = r.Next(b.Length);
                var len = Math.Min(b.Length - at, 1 + r.Next(512));
                return ([.. b[..(at + len)], .. b[at..]], "duplicate");
            }
            case 7:
            {
                var at = r.Next(b.Length + 1);
                return ([.. b[..at], .. Encoding.UTF8.GetBytes(Tokens[r.Next(Tokens.Length)]), .. b[at..]], "token");
            }
            case 8:
            {
                // Invalid encodings: a stray continuation byte, a cut GBK/Big5 lead byte, a BOM of another encoding.
                byte[][] bad = [[0x80], [0xC3], [0xE4, 0xB8], [0xFF], [0x81], [0xA4], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
                var at = r.Next(b.Length + 1);
                return ([.. b[..at], .. bad[r.Next(bad.Length)], .. b[at..]], "encoding");
            }
            case 9: return ([0xFF, 0xFE, .. b], "utf16-bom");
            default:
                return (Nest(r, b, "<div>", "<p>", "|", "（", "《"), "nest-text");
        }
    }

    /// <summary>An opening repeated thousands of times at one place (deep nesting).</summary>
    static byte[] Nest(Random r, byte[] b, params string[] openings)
    {
        var open = Encoding.UTF8.GetBytes(openings[r.Next(openings.Length)]);
        var n = 1 + r.Next(r.Next(100) == 0 ? 100_000 : 2_000);
        var at = r.Next(b.Length + 1);
        var ms = new MemoryStream(b.Length + open.Length * n);
        ms.Write(b, 0, at);
        for (var i = 0; i < n; i++) ms.Write(open);
        ms.Write(b, at, b.Length - at);
        return ms.ToArray();
    }

    static (byte[], string) Docx(Random r, byte[] docx, int maxBytes, double hugeShare)
    {
        Dictionary<string, byte[]> entries;
        try
        {
            using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            entries = zip.Entries.ToDictionary(e => e.FullName, e => { using var s = e.Open(); var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
        }
        catch (InvalidDataException) { return (docx, "docx-unreadable-seed"); }
        const string Document = "word/document.xml";
        string op;
        switch (r.Next(9))
        {
            case 0:
            {
                // Malformed XML: the document part mutated as bytes.
                var fake = new FuzzSeed("doc", "xml", entries.GetValueOrDefault(Document) ?? []);
                (entries[Document], op) = Bytes(r, fake.Bytes, fake, [], maxBytes, hugeShare);
                op = "xml-" + op;
                break;
            }
            case 1:
            {
                // Entity expansion (a billion laughs) declared before the document element.
                var xml = Encoding.UTF8.GetString(entries.GetValueOrDefault(Document) ?? []);
                var dtd = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>";
                var at = xml.IndexOf("<w:document", StringComparison.Ordinal);
                xml = at < 0 ? dtd + xml : xml[..at] + dtd + xml[at..].Replace("</w:t>", "&f;</w:t>", StringComparison.Ordinal);
                entries[Document] = Encoding.UTF8.GetBytes(xml);
                op = "xml-entities";
                break;
            }
            case 2:
            {
                var xml = Encoding.UTF8.GetString(entries.GetValueOrDefault(Document) ?? []);
                var at = xml.IndexOf("<w:body>", StringComparison.Ordinal);
                var n = 1 + r.Next(r.Next(50) == 0 ? 50_000 : 1_000);
                var open = r.Next(2) == 0 ? "<w:tbl><w:tr><w:tc>" : "<w:sdt><w:sdtContent>";
                xml = at < 0 ? xml : xml[..(at + 8)] + string.Concat(Enumerable.Repeat(open, n)) + xml[(at + 8)..];
                entries[Document] = Encoding.UTF8.GetBytes(xml);
                op = "xml-nest";
                break;
            }
            case 3:
            {
                var names = entries.Keys.ToList();
                entries.Remove(names[r.Next(names.Count)]);
                op = "zip-drop";
                break;
            }
            case 4:
            {
                for (var i = 0; i < 1 + r.Next(r.Next(50) == 0 ? 20_000 : 50); i++) entries[$"word/media/x{i}.bin"] = [];
                op = "zip-many";
                break;
            }
            case 5: return (RawZip(r, docx, lie: true), "zip-size-lie");
            case 6: return (RawZip(r, docx, lie: false), "zip-damaged");
            case 7:
            {
                // Table cells with huge spans and thousands of rows.
                var xml = Encoding.UTF8.GetString(entries.GetValueOrDefault(Document) ?? []);
                xml = xml.Replace("<w:tcPr>", $"<w:tcPr><w:gridSpan w:val=\"{r.Next(1, 100_000)}\"/><w:vMerge w:val=\"restart\"/>", StringComparison.Ordinal);
                entries[Document] = Encoding.UTF8.GetBytes(xml);
                op = "xml-spans";
                break;
            }
            default:
            {
                var xml = Encoding.UTF8.GetString(entries.GetValueOrDefault(Document) ?? []);
                var (bytes, name) = Bytes(r, Encoding.UTF8.GetBytes(xml), new FuzzSeed("doc", "xml", []), [], maxBytes, hugeShare);
                entries[Document] = bytes;
                op = "xml-text-" + name;
                break;
            }
        }
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                var e = zip.CreateEntry(name, CompressionLevel.Fastest);
                e.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = e.Open();
                s.Write(bytes);
            }
        return (ms.ToArray(), op);
    }

    /// <summary>The raw ZIP damaged: sizes in the central directory made huge (lie), or bytes of the compressed data changed.</summary>
    static byte[] RawZip(Random r, byte[] zip, bool lie)
    {
        var c = (byte[])zip.Clone();
        if (!lie)
        {
            for (var k = 1 + r.Next(8); k > 0; k--) c[r.Next(c.Length)] = (byte)r.Next(256);
            return c;
        }
        // Central directory file headers: signature 50 4B 01 02; uncompressed size at offset 24.
        for (var i = 0; i + 46 < c.Length; i++)
            if (c[i] == 0x50 && c[i + 1] == 0x4B && c[i + 2] == 0x01 && c[i + 3] == 0x02 && r.Next(2) == 0)
                BitConverter.TryWriteBytes(c.AsSpan(i + 24, 4), r.Next(2) == 0 ? uint.MaxValue - 1 : (uint)r.Next(1, 16));
        return c;
    }
}
