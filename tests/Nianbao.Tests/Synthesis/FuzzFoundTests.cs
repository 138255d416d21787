using System.IO.Compression;
using System.Text;
using Nianbao.Model;
using Nianbao.Synthesis;

namespace Nianbao.Tests.Synthesis;

/// <summary>Inputs the long fuzz run found faults with (docs/fuzzing.md), each rebuilt as the smallest case.</summary>
public class FuzzFoundTests
{
    static byte[] Docx() => SynthCorpus.Render(SynthCorpus.Generate(new SynthOptions(1, 3)).First(), SynthRendering.Docx);

    static byte[] Rezip(byte[] docx, Func<string, byte[], byte[]> edit)
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        using (var output = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                var m = new MemoryStream();
                s.CopyTo(m);
                using var o = output.CreateEntry(e.FullName).Open();
                o.Write(edit(e.FullName, m.ToArray()));
            }
        return ms.ToArray();
    }

    [Fact]
    public void A_content_type_that_is_not_a_valid_token_is_a_damaged_docx_not_a_fault()
    {
        // Fuzz run 1, input #1813 (zip-damaged): a flipped byte in [Content_Types].xml made a content type the packaging
        // library rejects with an ArgumentException, which surfaced as NB-INPUT-FAILED.
        var bad = Rezip(Docx(), (name, bytes) => name == "[Content_Types].xml"
            ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("application/vnd.openxmlformats-package.relationships+xml", "application/vnd.openxml formats(package)"))
            : bytes);
        var e = Assert.Throws<InputException>(() => ReportParser.Parse(bad, "damaged.docx"));
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", e.Finding.Code);
    }
}
