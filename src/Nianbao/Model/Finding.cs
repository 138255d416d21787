namespace Nianbao.Model;

/// <summary>
/// A diagnostic, modelled on Roslyn's: stable code, severity, location and the arguments its message is
/// built from. The message text lives in the finding catalog (zh / en), so one finding renders in either language.
/// </summary>
public sealed record Finding(string Code, Severity Severity, FindingLocation Location, IReadOnlyDictionary<string, object?> Args)
{
    /// <summary>The message in <paramref name="lang"/> ("zh" or "en"), built from the catalog template and <see cref="Args"/>.</summary>
    public string Message(string lang = "zh") => FindingCatalog.Format(this, lang);

    /// <summary>A finding of a catalogued code with the catalog's severity; no location means the whole document.</summary>
    public static Finding Create(string code, FindingLocation? location = null, params (string Name, object? Value)[] args) =>
        new(code, FindingCatalog.SeverityOf(code), location ?? FindingLocation.Document,
            args.ToDictionary(a => a.Name, a => a.Value));

    /// <summary>The argument of this name, or null when the finding has none.</summary>
    public object? Arg(string name) => Args.TryGetValue(name, out var v) ? v : null;
}
