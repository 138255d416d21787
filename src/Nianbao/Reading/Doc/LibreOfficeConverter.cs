using Nianbao.Documents;
using Nianbao.Reading.Docx;

namespace Nianbao.Reading.Doc;

/// <summary>
/// LibreOffice headless (Debian libreoffice-writer-nogui), when installed, turns an old .doc/.wps into .docx, which
/// the DOCX reader reads with its real table grid (merged cells included) — exact where the text converters lose
/// wrapped headers. Each run gets its own profile folder so parallel conversions do not lock each other out.
/// Provenance then names the table/row/cell of that grid.
/// </summary>
static class LibreOfficeConverter
{
    public const string Tool = "soffice";
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    public static bool Available => ExternalTool.Find(Tool) is not null;

    public static SourceDocument? ToDocx(string docPath, string source, InputLimits limits)
    {
        var soffice = ExternalTool.Find(Tool);
        if (soffice is null) return null;
        var work = Directory.CreateTempSubdirectory("nianbao-lo-");
        try
        {
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var result = ExternalTool.Run(soffice,
                ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", work.FullName, docPath], Timeout);
            var docx = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(docPath) + ".docx");
            if (result.ExitCode != 0 || !File.Exists(docx)) return null;
            // The converted file is this program's own output, but it is as big as the old file's content: same limits.
            if (new FileInfo(docx).Length > limits.MaxFileBytes) return null;
            var doc = DocxSourceReader.Read(File.ReadAllBytes(docx), source, limits);
            return new SourceDocument { Source = source, Kind = "doc", Blocks = doc.Blocks, StatedMetadata = doc.StatedMetadata };
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
