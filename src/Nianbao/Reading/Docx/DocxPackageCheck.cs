using System.IO.Compression;
using System.Xml;
using Nianbao.Model;

namespace Nianbao.Reading.Docx;

/// <summary>
/// Every ZIP sniffs as <see cref="SourceKind.Docx"/>. Before the Word SDK opens one: the package limits
/// (<see cref="InputLimits"/>: entry count from the central directory; the sizes the entries declare, which bound
/// the inflating too, since .NET's ZIP reader never inflates an entry past its declared size — a bomb that
/// understates its size only yields a cut-off part; the XML parts' size and nesting depth), and a clear word for what else it is — a
/// spreadsheet, a presentation, an OpenDocument file, an archive of other files — instead of failing deep in the SDK.
/// </summary>
static class DocxPackageCheck
{
    public static void EnsureWordDocument(byte[] bytes, InputLimits limits) =>
        EnsurePackage(bytes, limits, zip => { if (zip.GetEntry("word/document.xml") is null && !HasWordMainPart(zip)) throw NotWord(zip); });

    /// <summary>The package limits alone (entries, declared sizes, XML size and depth), then <paramref name="kind"/>'s
    /// check of what the package is: for any Office Open XML file read here (the Word reader, the fill-in workbook).</summary>
    public static void EnsurePackage(byte[] bytes, InputLimits limits, Action<ZipArchive> kind)
    {
        if (ZipDirectory.Count(bytes, limits.MaxZipEntries) is { } entries && entries > limits.MaxZipEntries)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-ZIP-ENTRIES", "zip-entries", entries, limits.MaxZipEntries);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var declared = zip.Entries.Sum(e => e.Length);
            if (declared > limits.MaxZipBytes) throw ZipSize($"{InputLimits.Megabytes(declared)} MB", limits);
            kind(zip);
            var xml = zip.Entries.Where(IsXml).ToList();
            var xmlBytes = xml.Sum(e => e.Length);
            if (xmlBytes > limits.MaxXmlBytes)
                throw InputLimits.Exceeded("NB-INPUT-LIMIT-XML-SIZE", "xml-mb", $"{InputLimits.Megabytes(xmlBytes)} MB", InputLimits.Megabytes(limits.MaxXmlBytes));
            foreach (var entry in xml) CheckDepth(entry, limits.MaxXmlDepth);
        }
        catch (InvalidDataException e)
        {
            throw new InputException("NB-INPUT-DOCX-DAMAGED", ("detail", e.Message));
        }
    }

    static bool IsXml(ZipArchiveEntry e) =>
        e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Walks one XML part (streamed, nothing kept) for its nesting depth, before the SDK builds its tree.</summary>
    static void CheckDepth(ZipArchiveEntry entry, int max)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false,
            IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true,
        };
        try
        {
            // Created inside the try: the reader decodes the part's first bytes at once (an invalid first character threw
            // from here, found by mutation fuzzing, docs/fuzzing.md).
            using var reader = XmlReader.Create(entry.Open(), settings);
            while (reader.Read())
                if (reader.Depth > max)
                    throw InputLimits.Exceeded("NB-INPUT-LIMIT-XML-DEPTH", "xml-depth", reader.Depth, max, ("part", entry.FullName));
        }
        catch (XmlException)
        {
            // Malformed XML is the SDK's to report, in its own words; only the depth is checked here.
        }
    }

    static InputException ZipSize(string found, InputLimits limits) =>
        InputLimits.Exceeded("NB-INPUT-LIMIT-ZIP-SIZE", "zip-mb", found, InputLimits.Megabytes(limits.MaxZipBytes));

    /// <summary>What a ZIP that holds no Word document is.</summary>
    static InputException NotWord(ZipArchive zip)
    {
        if (zip.GetEntry("xl/workbook.xml") is not null) return new InputException("NB-INPUT-SPREADSHEET", ("name", "Excel .xlsx"));
        if (zip.GetEntry("ppt/presentation.xml") is not null) return new InputException("NB-INPUT-NOT-DOCX", ("kind", "pptx"));
        if (zip.GetEntry("mimetype") is { } mime && Mime(mime) is var kind && kind != "zip")
            return kind == "ods" ? new InputException("NB-INPUT-SPREADSHEET", ("name", "OpenDocument .ods"))
                : new InputException("NB-INPUT-NOT-DOCX", ("kind", kind));
        var files = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).ToList();
        if (files.Count > 0 && files.All(IsSpreadsheet)) return new InputException("NB-INPUT-SPREADSHEET", ("name", Names(files)));
        if (files.Count > 0) return new InputException("NB-INPUT-ARCHIVE", ("count", files.Count), ("names", Names(files)));
        return new InputException("NB-INPUT-NOT-DOCX", ("kind", "zip"));
    }

    static bool IsSpreadsheet(string name) =>
        Path.GetExtension(name).ToLowerInvariant() is ".xlsx" or ".xls" or ".xlsm" or ".et" or ".ods" or ".csv";

    static string Names(List<string> files) =>
        string.Join(", ", files.Take(5)) + (files.Count > 5 ? ", …" : "");

    /// <summary>A Word main part stored under another name: [Content_Types].xml names it.</summary>
    static bool HasWordMainPart(ZipArchive zip)
    {
        if (zip.GetEntry("[Content_Types].xml") is not { } types || types.Length > 1 << 20) return false;
        using var reader = new StreamReader(types.Open());
        var buffer = new char[1 << 20];
        var n = reader.ReadBlock(buffer);
        return buffer.AsSpan(0, n).IndexOf("wordprocessingml.document.main", StringComparison.Ordinal) >= 0;
    }

    static string Mime(ZipArchiveEntry entry)
    {
        if (entry.Length > 200) return "zip";
        using var reader = new StreamReader(entry.Open());
        var buffer = new char[200];
        var mime = new string(buffer, 0, reader.ReadBlock(buffer)).Trim();
        return mime.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal)
            ? mime["application/vnd.oasis.opendocument.".Length..] switch { "text" => "odt", "spreadsheet" => "ods", "presentation" => "odp", var o => o }
            : "zip";
    }
}
