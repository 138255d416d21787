using Nianbao.Template;

namespace Nianbao.Extraction.Narrative;

/// <summary>A figure found in one line's matching copy: [Start, End) spans the number and its unit, or the whole
/// zero phrase (未收到…申请).</summary>
internal readonly record struct FigureHit(FigureDef Def, decimal Value, string Unit, int Start, int End, bool Zero)
{
    /// <summary>The number has more digits than a value may hold (<see cref="Reading.InputLimits.MaxValueDigits"/>):
    /// it is not read, and <see cref="Value"/> is 0.</summary>
    public bool TooManyDigits { get; init; }
}
