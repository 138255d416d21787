using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>The options every data file is read with: camelCase members, unknown members rejected.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Compile-time metadata for <typeparamref name="T"/> when a context has it (no reflection at
    /// start-up), else the reflection-based metadata of <see cref="Options"/>.</summary>
    static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerContext? context) =>
        (context ?? TemplateJson.Default).GetTypeInfo(typeof(T)) as JsonTypeInfo<T> ?? (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

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

    /// <summary>As <see cref="Load{T}(string, string, string)"/>, with compile-time metadata from a context.</summary>
    public static T Load<T>(string file, string json, string schema, JsonSerializerContext context) => Load<T>(file, json, schema, validate: true, context);

    /// <summary>An embedded data file, deserialised strictly (its schema is checked by the test suite); a
    /// source-generated <paramref name="context"/> (strict as well) spares the reflection.</summary>
    internal static T LoadEmbedded<T>(string file, string schema, JsonSerializerContext? context = null) =>
        Load<T>(file, Embedded(file), schema, validate: false, context);

    static T Load<T>(string file, string json, string schema, bool validate, JsonSerializerContext? context = null)
    {
        if (validate) Validate(file, json, schema);
        return Deserialize<T>(file, json, context);
    }

    /// <summary>Strict deserialisation alone: an unknown member is an error naming its JSON path.</summary>
    internal static T Deserialize<T>(string file, string json, JsonSerializerContext? context = null)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>(context)) ?? throw new TemplateException($"{file}: empty");
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
            var problems = Schemas.Problems(schema, doc.RootElement);
            if (problems.Count > 0) throw new TemplateException($"{file}: " + string.Join("; ", problems));
        }
    }

    internal static string? Resource(string name)
    {
        using var s = typeof(TemplateData).Assembly.GetManifestResourceStream(name);
        if (s is null) return null;
        using var reader = new StreamReader(s);
        return reader.ReadToEnd();
    }
}

/// <summary>The embedded JSON Schemas, built once each (JsonSchema.Net is loaded only when something is validated).</summary>
static class Schemas
{
    const string SchemaPrefix = "Nianbao.Schemas.";
    static readonly ConcurrentDictionary<string, JsonSchema> Built = new();

    /// <summary>Each problem as "JSON pointer: what is wrong"; empty when the instance matches.</summary>
    public static List<string> Problems(string schema, JsonElement instance)
    {
        var result = Schema(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => Describe(d.InstanceLocation.ToString(), e.Key, e.Value)))
            .Distinct().ToList();
        if (problems.Count == 0) problems.Add("/: does not match its schema");
        return problems;
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

    static JsonSchema Schema(string name) => Built.GetOrAdd(name, n =>
    {
        var text = TemplateData.Resource(SchemaPrefix + n) ?? throw new TemplateException($"schema {n} is not embedded in the library");
        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    });
}
