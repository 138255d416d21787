namespace Nianbao.Model;

/// <summary>A metadata value as stated in the source (dates normalised to yyyy-MM-dd).</summary>
public sealed record MetaField(string Key, string Value, Provenance? Source);
