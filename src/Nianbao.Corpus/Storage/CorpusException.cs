using System.Text.Json;
using System.Text.RegularExpressions;

namespace Nianbao.Corpus.Storage;

/// <summary>
/// A corpus problem the user must act on (a damaged, foreign or newer database, an unknown agency…): a stable code
/// and its arguments, rendered in zh or en from Storage/Data/messages.json, the same shape as the finding catalogue.
/// </summary>
public sealed partial class CorpusException(string code, params (string Name, object? Value)[] args) : Exception(code)
{
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Args { get; } = args.ToDictionary(a => a.Name, a => a.Value);

    public string Text(string lang = "zh") => Format(Code, Args, lang);

    public override string Message => Text("en");

    public sealed record Entry(string Severity, string Zh, string En, string? Title);

    static readonly Lazy<Dictionary<string, Entry>> Entries = new(() =>
    {
        using var s = typeof(CorpusException).Assembly.GetManifestResourceStream("Nianbao.Corpus.messages.json")
            ?? throw new InvalidOperationException("embedded resource Nianbao.Corpus.messages.json is missing");
        return JsonSerializer.Deserialize<Dictionary<string, Entry>>(s, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    });

    public static IReadOnlyDictionary<string, Entry> Catalog => Entries.Value;

    public static string Format(string code, IReadOnlyDictionary<string, object?> args, string lang)
    {
        var e = Entries.Value[code];
        return Placeholder().Replace(lang == "en" ? e.En : e.Zh,
            m => args.TryGetValue(m.Groups[1].Value, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "" : m.Value);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
