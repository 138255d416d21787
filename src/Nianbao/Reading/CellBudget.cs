namespace Nianbao.Reading;

/// <summary>The cells of one document — table cells once spans are expanded, lines of text, PDF words — counted
/// against <see cref="InputLimits.MaxCells"/> before each table grid is built and as lines and words are read, so a
/// document's blocks never outgrow the limit (each costs about 200 bytes with its provenance).</summary>
sealed class CellBudget(long limit)
{
    long used;

    /// <param name="cells">Cells about to be created.</param>
    /// <param name="kind">What is counted ("table", "paragraph", "page"): where the count passed the limit.</param>
    /// <param name="number">Which table, paragraph or page.</param>
    public void Take(long cells, string kind, int number)
    {
        used += cells;
        if (used > limit)
            throw InputLimits.Exceeded("NB-INPUT-LIMIT-CELLS", "cells", used, limit, ("where", $"{kind} {number}"));
    }
}
