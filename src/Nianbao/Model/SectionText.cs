namespace Nianbao.Model;

/// <summary>A narrative section: the heading as printed and the body text (original script, tables left out).</summary>
public sealed record SectionText(string Key, string Heading, string Text, Provenance? Source);
