using CsvHelper;
using CsvHelper.Configuration;
using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Import;

/// <summary>
/// `nianbao import --url-list FILE` (docs/corpus.md "Where a file came from"): a crawl's list of where each file was
/// downloaded from, a CSV (UTF-8) whose header names a `path` and a `url` column (any order, other columns ignored).
/// A relative path is taken from the list's own folder, as a crawler writes it next to its downloads.
/// </summary>
public static class UrlList
{
    /// <summary>Full path → URL.</summary>
    /// <exception cref="CorpusException">NB-URLLIST-BAD: unreadable, no path/url header, a row without a path or with a
    /// URL that is not absolute http(s).</exception>
    public static IReadOnlyDictionary<string, string> Read(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var reader = new StreamReader(file, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            using var csv = new CsvReader(reader, new CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture)
            {
                PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
                MissingFieldFound = null,
            });
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header
                || !header.Any(h => h.Trim().Equals("path", StringComparison.OrdinalIgnoreCase))
                || !header.Any(h => h.Trim().Equals("url", StringComparison.OrdinalIgnoreCase)))
                throw Bad(file, 1, "the first row must name a path and a url column");
            while (csv.Read())
            {
                var row = csv.Parser.Row;
                var path = csv.GetField("path")?.Trim();
                var url = csv.GetField("url")?.Trim();
                if (string.IsNullOrEmpty(path)) throw Bad(file, row, "no path");
                if (string.IsNullOrEmpty(url)) continue;   // a file whose address is not known
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                    throw Bad(file, row, $"not an http(s) address: {url}");
                urls[Path.GetFullPath(Path.Combine(folder, path))] = url;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelperException)
        {
            throw Bad(file, null, e.Message);
        }
        return urls;
    }

    static CorpusException Bad(string file, int? row, string reason) =>
        new("NB-URLLIST-BAD", ("path", file), ("row", row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"), ("reason", reason));
}
