namespace Nianbao.Model;

/// <summary>Finding severity (docs/format.md §5.0): error = a hard identity or structure is broken; warning = soft,
/// cross-year, narrative or implied; info = style or completeness hint.</summary>
public enum Severity { Error, Warning, Info }
