using System.Text.RegularExpressions;

namespace Nianbao.Model;

/// <summary>Severity and zh/en message templates per finding code, from the embedded findings.json.
/// Templates name arguments in braces: {row}, {expected}.</summary>
public static partial class FindingCatalog
{
    /// <summary>One finding code's catalog entry.</summary>
    /// <param name="Severity">"error", "warning" or "info" (see <see cref="Model.Severity"/>).</param>
    /// <param name="Zh">Chinese message template, arguments in braces.</param>
    /// <param name="En">English message template, arguments in braces.</param>
    /// <param name="Title">Short English title for listings (docs/rules.md), or null.</param>
    /// <param name="Formula">The checked relation in symbols (rule findings), or null.</param>
    /// <param name="Reason">Why the rule holds, citing the format (rule findings), or null.</param>
    public sealed record Entry(string Severity, string Zh, string En, string? Title, string? Formula = null, string? Reason = null);

    static readonly Lazy<Dictionary<string, Entry>> Entries = new(Load);

    /// <summary>Every finding code with its entry, merged from all embedded findings*.json.</summary>
    public static IReadOnlyDictionary<string, Entry> All => Entries.Value;

    /// <summary>The catalogued severity of a code.</summary>
    /// <exception cref="ArgumentException">The code is not in the catalog.</exception>
    public static Severity SeverityOf(string code) =>
        Entries.Value.TryGetValue(code, out var e) ? Enum.Parse<Severity>(e.Severity, true)
        : throw new ArgumentException($"finding code {code} is not in findings.json");

    /// <summary>The finding's message in <paramref name="lang"/> ("en", else Chinese): its template with each {name}
    /// replaced by the argument (null shows as 空/blank, lists joined, control characters made visible); a placeholder
    /// without an argument stays as written.</summary>
    public static string Format(Finding f, string lang)
    {
        var (zh, en) = Templates.Value[f.Code];
        var parts = lang == "en" ? en : zh;
        if (parts.Length == 1 && parts[0].Argument is null) return parts[0].Text;
        // One builder per thread, taken while in use (a message is formatted millions of times in an import).
        var message = builder ?? new System.Text.StringBuilder(256);
        builder = null;
        message.Clear();
        foreach (var part in parts)
            message.Append(part.Argument is { } name && f.Args.TryGetValue(name, out var v) ? Render(v, lang) : part.Text);
        var text = message.ToString();
        if (message.Capacity <= 4096) builder = message;
        return text;
    }

    [ThreadStatic] static System.Text.StringBuilder? builder;

    /// <summary>One piece of a message template: literal text, or a placeholder as written with its argument's name.</summary>
    readonly record struct Part(string Text, string? Argument);

    /// <summary>Every code's zh and en templates cut once at their placeholders.</summary>
    static readonly Lazy<Dictionary<string, (Part[] Zh, Part[] En)>> Templates =
        new(() => Entries.Value.ToDictionary(e => e.Key, e => (Parts(e.Value.Zh), Parts(e.Value.En))));

    static Part[] Parts(string template)
    {
        var parts = new List<Part>();
        var at = 0;
        foreach (Match m in Placeholder().Matches(template))
        {
            if (m.Index > at) parts.Add(new(template[at..m.Index], null));
            parts.Add(new(m.Value, m.Groups[1].Value));
            at = m.Index + m.Length;
        }
        if (at < template.Length || parts.Count == 0) parts.Add(new(template[at..], null));
        return [.. parts];
    }

    static string Render(object? v, string lang) => v switch
    {
        Template.LabelNote note => note.Text(lang),
        null => lang == "en" ? "blank" : "空",
        IEnumerable<string> list => string.Join(lang == "en" ? ", " : "、", list.Select(Visible)),
        _ => Visible(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Control characters quoted from a source (a NUL in a cell, a terminal escape) shown as their
    /// visible symbols (␀, ␛), never written as they are.</summary>
    static string Visible(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\0', '\u001F') && !s.Contains('\u007F')) return s;
        return string.Create(s.Length, s, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
                span[i] = t[i] switch { '\n' or '\t' => t[i], < ' ' => (char)(0x2400 + t[i]), '\u007F' => '\u2421', _ => t[i] };
        });
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Every embedded findings*.json (one per stage: extraction, reading, checking), read strictly (their
    /// schema is checked by the test suite), merged; a code defined twice is a build mistake.</summary>
    static Dictionary<string, Entry> Load()
    {
        var all = new Dictionary<string, Entry>();
        foreach (var file in Template.TemplateData.EmbeddedFiles("findings"))
        {
            var entries = Template.TemplateData.LoadEmbedded<Dictionary<string, Entry>>(file, "findings.schema.json", FindingJson.Default);
            foreach (var (code, entry) in entries)
                if (!all.TryAdd(code, entry)) throw new InvalidOperationException($"finding code {code} is defined twice ({file})");
        }
        return all;
    }
}

/// <summary>Compile-time JSON metadata for the finding catalogs: camelCase members, unknown members rejected.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, FindingCatalog.Entry>))]
partial class FindingJson : System.Text.Json.Serialization.JsonSerializerContext;
