using Nianbao.Corpus.Storage;

namespace Nianbao.Corpus.Import;

/// <summary>
/// Import of content that arrives without a file (an upload to the web app): each item is written under a name made
/// here (never the given one) into a private temporary folder, imported by <see cref="Importer.Import"/> with its
/// bytes kept, and its source then records the given display name and no path. The folder is removed afterwards.
/// </summary>
public static class UploadImport
{
    /// <summary>Imports the items; the summary's failure paths are the given names.</summary>
    /// <param name="db">The corpus.</param>
    /// <param name="items">Display name and content of each item.</param>
    /// <param name="options">Import options (content is always kept: there is no file to find again).</param>
    /// <param name="cancel">Cancellation.</param>
    /// <returns>The import summary.</returns>
    public static ImportSummary Import(CorpusDb db, IReadOnlyList<(string Name, byte[] Bytes)> items, ImportOptions? options = null, CancellationToken cancel = default)
    {
        var dir = Directory.CreateTempSubdirectory("nianbao-upload-");
        try
        {
            var paths = new List<string>(items.Count);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                var path = Path.Combine(dir.FullName, i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".upload");
                File.WriteAllBytes(path, items[i].Bytes);
                paths.Add(path);
                names[path] = items[i].Name;
            }
            var summary = Importer.Import(db, paths, (options ?? new ImportOptions()) with { StoreContent = true }, null, cancel);
            using (var c = db.Connect())
            using (var tx = c.BeginTransaction())
            {
                foreach (var (path, name) in names)
                    Db.Exec(c, tx, "UPDATE sources SET file_name = @name, path = NULL WHERE path = @path", ("name", name), ("path", path));
                tx.Commit();
            }
            return summary with { Failures = summary.Failures.Select(f => (names.GetValueOrDefault(f.Path, f.Path), f.Failure)).ToList() };
        }
        finally { dir.Delete(recursive: true); }
    }
}
