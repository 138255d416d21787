using System.Text.Json;

namespace Nianbao.Checking;

/// <summary>The optional "formula" and "reason" of each finding code, read from the embedded findings*.json
/// catalogs (the message catalog itself keeps severity and messages).</summary>
public static class RuleText
{
    public sealed record Entry(string? Formula, string? Reason);

    static readonly Lazy<Dictionary<string, Entry>> Entries = new(Load);

    public static Entry Of(string code) => Entries.Value.TryGetValue(code, out var e) ? e : new Entry(null, null);

    static Dictionary<string, Entry> Load()
    {
        var assembly = typeof(RuleText).Assembly;
        var all = new Dictionary<string, Entry>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Nianbao.Output.findings", StringComparison.Ordinal)))
        {
            using var s = assembly.GetManifestResourceStream(name)!;
            using var doc = JsonDocument.Parse(s);
            foreach (var p in doc.RootElement.EnumerateObject())
                all[p.Name] = new Entry(Text(p.Value, "formula"), Text(p.Value, "reason"));
        }
        return all;
    }

    static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
