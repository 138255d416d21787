namespace Nianbao.Model;

/// <summary>
/// A diagnostic, modelled on Roslyn's: stable code, severity, location and the arguments its message is
/// built from. The message text lives in the finding catalog (zh / en), so one finding renders in either language.
/// </summary>
public sealed record Finding(string Code, Severity Severity, FindingLocation Location, IReadOnlyDictionary<string, object?> Args)
{
    public string Message(string lang = "zh") => FindingCatalog.Format(this, lang);

    public static Finding Create(string code, FindingLocation? location = null, params (string Name, object? Value)[] args) =>
        new(code, FindingCatalog.SeverityOf(code), location ?? FindingLocation.Document,
            args.ToDictionary(a => a.Name, a => a.Value));

    public object? Arg(string name) => Args.TryGetValue(name, out var v) ? v : null;
}
