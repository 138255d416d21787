using System.IO.Compression;
using System.Text;
using System.Xml;

/// <summary>
/// The bare baselines `bench/scale.sh` times beside `nianbao parse` (docs/benchmarks.md, "At scale"), one thread, over the
/// same files, as their own process (so start-up is paid as the CLI pays it):
///   read-split DIR   read every file, decode UTF-8, split into lines
///   anglesharp DIR   read, decode UTF-8 and parse every HTML file with AngleSharp (the parser Nianbao's HTML reader uses)
///   docx-xml DIR     open every DOCX's zip and read word/document.xml through an XmlReader, node by node
/// Each prints the files, bytes and a checksum (so nothing is optimised away).
/// </summary>
static class Baselines
{
    public static void Run(string mode, string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        long bytes = 0, check = 0;
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var f in files)
        {
            var data = File.ReadAllBytes(f);
            bytes += data.Length;
            switch (mode)
            {
                case "read-split":
                    foreach (var line in Encoding.UTF8.GetString(data).Split('\n')) check += line.Length;
                    break;
                case "anglesharp":
                    check += parser.ParseDocument(Encoding.UTF8.GetString(data)).All.Length;
                    break;
                case "docx-xml":
                    using (var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read))
                    using (var xml = XmlReader.Create(zip.GetEntry("word/document.xml")!.Open()))
                        while (xml.Read()) if (xml.NodeType == XmlNodeType.Text) check += xml.Value.Length;
                    break;
                default: throw new ArgumentException($"unknown baseline {mode}");
            }
        }
        Console.WriteLine($"{mode}: {files.Count} files, {bytes} bytes, checksum {check}");
    }
}
