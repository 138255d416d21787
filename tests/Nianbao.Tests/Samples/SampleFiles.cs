using System.Text.Json;

namespace Nianbao.Tests.Samples;

/// <summary>The bundled samples (copied beside the test assembly) and their expected values.</summary>
public static class SampleFiles
{
    public static string Dir => System.IO.Path.Combine(AppContext.BaseDirectory, "samples");

    public static string Path(string name) => System.IO.Path.Combine(Dir, name);

    public static IEnumerable<string> Names => Directory.EnumerateFiles(Path("expected"), "*.json")
        .Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).Order();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var n in Names) data.Add(n);
        return data;
    }

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path($"expected/{name}.json"))).RootElement;

    /// <summary>Every expected table value as ("table.row.column", value-or-null).</summary>
    public static IEnumerable<(string Key, JsonElement Value)> ExpectedCells(string name)
    {
        foreach (var t in Expected(name).GetProperty("tables").EnumerateObject())
            foreach (var r in t.Value.EnumerateObject())
                foreach (var c in r.Value.EnumerateObject())
                    yield return ($"{t.Name}.{r.Name}.{c.Name}", c.Value);
    }
}
