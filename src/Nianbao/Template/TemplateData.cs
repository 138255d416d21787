using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Json.Schema;

namespace Nianbao.Template;

/// <summary>A domain data file that does not match its schema or the template: the message names the file and
/// the JSON path (a JSON Pointer) of every problem.</summary>
public sealed class TemplateException(string message) : Exception(message);

/// <summary>
/// Loads the domain data files (Template/Data): each is validated against its JSON Schema (Template/Data/Schemas),
/// then deserialised strictly, so a misspelt or unknown member is a load error naming its path, never ignored.
/// The files embedded in the library cannot change after the build, and the test suite validates each against its
/// schema; loading them skips the schema evaluation (about 0.1 s of every process start) but not the strict
/// deserialisation. Data given by a caller is always validated.
/// </summary>
public static class TemplateData
{
    const string DataPrefix = "Nianbao.Data.";
    const string SchemaPrefix = "Nianbao.Schemas.";

    /// <summary>The options every data file is read with: camelCase members, unknown members rejected.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>The text of an embedded data file (e.g. "template.json").</summary>
    public static string Embedded(string file) => Resource(DataPrefix + file)
        ?? throw new TemplateException($"{file}: not embedded in the library");

    /// <summary>The names of the embedded data files that start with <paramref name="prefix"/>, in ordinal order.</summary>
    public static IEnumerable<string> EmbeddedFiles(string prefix) =>
        typeof(TemplateData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(DataPrefix + prefix, StringComparison.Ordinal))
            .Select(n => n[DataPrefix.Length..]).Order(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="json"/> (the text of <paramref name="file"/>) against the named schema and
    /// deserialises it strictly.</summary>
    /// <exception cref="TemplateException">The text is not JSON, or does not match the schema or the type.</exception>
    public static T Load<T>(string file, string json, string schema) => Load<T>(file, json, schema, validate: true);

    /// <summary>An embedded data file, deserialised strictly (its schema is checked by the test suite).</summary>
    internal static T LoadEmbedded<T>(string file, string schema) => Load<T>(file, Embedded(file), schema, validate: false);

    static T Load<T>(string file, string json, string schema, bool validate)
    {
        if (validate) Validate(file, json, schema);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new TemplateException($"{file}: empty");
        }
        catch (JsonException e)
        {
            throw new TemplateException($"{file}: {e.Path ?? "$"}: {e.Message}");
        }
    }

    /// <exception cref="TemplateException">The text is not JSON or does not match the schema.</exception>
    public static void Validate(string file, string json, string schema)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json); }
        catch (JsonException e) { throw new TemplateException($"{file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}"); }
        using (doc)
        {
            var result = Schema(schema).Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (result.IsValid) return;
            var problems = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => Describe(d.InstanceLocation.ToString(), e.Key, e.Value)))
                .Distinct().ToList();
            if (problems.Count == 0) problems.Add("/: does not match its schema");
            throw new TemplateException($"{file}: " + string.Join("; ", problems));
        }
    }

    static string Describe(string pointer, string keyword, string message)
    {
        var at = pointer.Length == 0 ? "/" : pointer;
        // additionalProperties: false reports the member itself, as the false schema's failure.
        if (keyword is "false" or "additionalProperties" || message.Contains("false schema", StringComparison.Ordinal))
            return $"{at}: unknown member \"{JsonPointerLast(pointer)}\"";
        return $"{at}: {message}";
    }

    static string JsonPointerLast(string pointer) =>
        pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/").Replace("~0", "~");

    static JsonSchema Schema(string name) => Schemas.GetOrAdd(name, n =>
    {
        var text = Resource(SchemaPrefix + n) ?? throw new TemplateException($"schema {n} is not embedded in the library");
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });

    static string? Resource(string name)
    {
        using var s = typeof(TemplateData).Assembly.GetManifestResourceStream(name);
        if (s is null) return null;
        using var reader = new StreamReader(s);
        return reader.ReadToEnd();
    }
}
