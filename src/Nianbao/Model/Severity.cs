namespace Nianbao.Model;

/// <summary>Finding severity (docs/format.md §5.0): error = a hard identity or structure is broken; warning = soft,
/// cross-year, narrative or implied; info = style or completeness hint.</summary>
public enum Severity
{
    /// <summary>A hard identity or structure rule is broken; the data cannot be right as printed.</summary>
    Error,
    /// <summary>A soft, cross-year, narrative or implied rule is broken; the data may still be right.</summary>
    Warning,
    /// <summary>A style or completeness hint.</summary>
    Info,
}
