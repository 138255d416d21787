using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Nianbao.Model;

namespace Nianbao.Tests.Docx;

/// <summary>A ZIP that is not a Word document gets a clear input error, never a stack trace.</summary>
public class DocxInputErrorTests
{
    static InputException Fails(byte[] bytes) => Assert.Throws<InputException>(() => ReportParser.Parse(bytes, "report.docx"));

    [Fact]
    public void A_spreadsheet_is_named_as_such()
    {
        using var stream = new MemoryStream();
        using (var xlsx = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            xlsx.AddWorkbookPart().Workbook = new Workbook(new Sheets());
        }
        var e = Fails(stream.ToArray());
        Assert.Equal("NB-INPUT-SPREADSHEET", e.Finding.Code);
        Assert.Contains("xlsx", FindingCatalog.Format(e.Finding, "zh"));
        Assert.Contains("电子表格", FindingCatalog.Format(e.Finding, "zh"));
        Assert.Contains("spreadsheet", FindingCatalog.Format(e.Finding, "en"));
        Assert.Contains("not a Word document", FindingCatalog.Format(e.Finding, "en"));
    }

    [Fact]
    public void A_plain_archive_is_not_a_Word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            w.Write("not a report");
        var e = Fails(stream.ToArray());
        Assert.Equal("NB-INPUT-ARCHIVE", e.Finding.Code);
        Assert.Equal(1, e.Finding.Args["count"]);
        Assert.Contains("readme.txt", FindingCatalog.Format(e.Finding, "en"));
        Assert.Contains("unpack", FindingCatalog.Format(e.Finding, "en"));
    }

    [Fact]
    public void A_damaged_Word_document_says_so()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                w.Write("""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            using (var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open()))
                w.Write("<w:document");
        }
        var e = Fails(stream.ToArray());
        Assert.Equal("NB-INPUT-DOCX-DAMAGED", e.Finding.Code);
    }
}
