namespace Nianbao.Model;

/// <summary>A narrative section: the heading as printed and the body text (original script, tables left out).
/// <see cref="Match"/> is the body's matching copy (simplified, half-width), joined from its lines' copies made
/// once when reading, for the word tests of the checks.</summary>
public sealed record SectionText(string Key, string Heading, string Text, Provenance? Source)
{
    /// <summary>The body's matching copy (simplified, half-width), made when reading; the checks test words against it.</summary>
    public required string Match { get; init; }
}
