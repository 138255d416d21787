using Nianbao.Model;

namespace Nianbao.Checking.RunTogether;

/// <summary>
/// One digit run left by extraction: the finding that reported it (replaced by the outcome), the row it belongs to
/// (null for table 四, whose one run spans its three rows), the digits and the cells they hold in column order.
/// </summary>
sealed record PendingRun(int FindingIndex, string? Row, string Label, string Digits, int[] Cells, Provenance? Source)
{
    /// <summary>The run of a finding, if the finding reports one: a row of table 二/三 flagged at extraction, or a
    /// table 四 whose numbers came as a single digit string (NB-P-T4-COUNT with one cell).</summary>
    public static PendingRun? Of(Finding f, int index, TableCells cells, string tableLabel)
    {
        if (f.Code == GluedDigits.PendingCode && f.Location.Row is { } row && f.Arg("digits") is string digits)
            return new PendingRun(index, row, f.Arg("label") as string ?? row, digits, cells.RowCells(row), f.Location.Source);
        if (f.Code == "NB-P-T4-COUNT" && f.Arg("cells") is IEnumerable<string> raw)
        {
            var nonEmpty = raw.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
            if (nonEmpty.Count != 1 || !nonEmpty[0].All(char.IsAsciiDigit) || nonEmpty[0].Length < cells.Cells.Count
                || nonEmpty[0].Length > GluedDigits.MaxRun(cells.Cells.Count)) return null;
            return new PendingRun(index, null, tableLabel, nonEmpty[0], [.. Enumerable.Range(0, cells.Cells.Count)], f.Location.Source);
        }
        return null;
    }

    /// <summary>The source span of the part of the digits at [at, at + length) when the run is a text span.</summary>
    public Provenance? SourceOf(int at, int length) =>
        Source is { Kind: "text", Column: int col } && Source.Length == Digits.Length
            ? Source with { Column = col + at, Length = length }
            : Source;
}
