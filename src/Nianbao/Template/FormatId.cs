using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>
/// A format version of the national template ("2021", "2019", "legacy": the ids of template.json "formats"). A type,
/// not a string, so a format cannot be confused with a key or a label; the known ids are below and a test checks
/// each against the template.
/// </summary>
[JsonConverter(typeof(FormatIdJsonConverter))]
public sealed record FormatId(string Value)
{
    /// <summary>国办公开办函〔2021〕30号 (reports on 2021 and later).</summary>
    public static readonly FormatId F2021 = new("2021");
    /// <summary>国办公开办函〔2019〕60号 (trial; reports on 2019 and 2020).</summary>
    public static readonly FormatId F2019 = new("2019");
    /// <summary>Free-form reports under the 2007 Regulation (before 2019), without the uniform tables.</summary>
    public static readonly FormatId Legacy = new("legacy");

    /// <summary>The id as in template.json ("2021", "2019", "legacy").</summary>
    public override string ToString() => Value;
}

sealed class FormatIdJsonConverter : JsonConverter<FormatId>
{
    public override FormatId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("a format id must be a string"));

    public override void Write(Utf8JsonWriter writer, FormatId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
