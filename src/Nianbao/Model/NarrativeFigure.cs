namespace Nianbao.Model;

/// <summary>
/// A figure stated in the narrative (issue 4 §6, docs/format.md §5.5): e.g. key "applications_received" = 24 from
/// "收到…申请24件". Keys are documented in docs/narrative-figures.md; Section is the codebook section key.
/// </summary>
public sealed record NarrativeFigure(string Key, decimal Value, string Unit, string Section, string Text, Provenance? Source);
