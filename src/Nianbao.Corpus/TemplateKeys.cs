using Nianbao.Template;

namespace Nianbao.Corpus;

/// <summary>
/// The few template keys the corpus names in code, each checked against the template when first used (a test
/// reads them all), so a renamed key fails loudly instead of matching nothing.
/// </summary>
static class TemplateKeys
{
    public static string Title { get; } = Metadata("title");
    public static string Issuer { get; } = Metadata("issuer");

    static string Metadata(string key) => ReportTemplate.Default.Metadata.Any(m => m.Key == key) ? key
        : throw new InvalidOperationException($"the template has no metadata key {key}");
}
