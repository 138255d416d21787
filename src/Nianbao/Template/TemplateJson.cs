using System.Text.Json.Serialization;

namespace Nianbao.Template;

/// <summary>Compile-time JSON metadata for the data files (no reflection at start-up): camelCase members, unknown
/// members rejected.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ReportTemplate))]
[JsonSerializable(typeof(FigureCatalog))]
[JsonSerializable(typeof(NamingData))]
partial class TemplateJson : JsonSerializerContext;
