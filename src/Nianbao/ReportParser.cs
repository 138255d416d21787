using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Reading;

namespace Nianbao;

/// <summary>
/// The facade: bytes of a published report → canonical report. Read (decode, detect the rendering) → normalise
/// → segment → extract, each stage in its own folder.
/// </summary>
public static class ReportParser
{
    /// <exception cref="InputException">The input is not a readable report (empty, binary, not a report).</exception>
    public static Report Parse(byte[] bytes, string source) => ReportBuilder.Build(SourceReader.Read(bytes, source));

    public static Report ParseFile(string path)
    {
        if (!File.Exists(path)) throw new InputException("NB-INPUT-NOT-FOUND", ("path", path));
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException("NB-INPUT-UNREADABLE", ("reason", e.Message));
        }
        return Parse(bytes, Path.GetFileName(path));
    }
}
