using Nianbao.Extraction;
using Nianbao.Model;

namespace Nianbao.Reconciling;

/// <summary>
/// One digit run left by extraction, with the cells it holds in column order (a row's cells, or every cell of
/// table 四, whose one run spans its three rows).
/// </summary>
sealed record PendingRun(DigitRun Run, int[] Cells)
{
    public int FindingIndex => Run.FindingIndex;
    public string? Row => Run.Row;
    public string Label => Run.Label;
    public string Digits => Run.Digits;
    public Provenance? Source => Run.Source;

    public static PendingRun Of(DigitRun run, TableCells cells) =>
        new(run, run.Row is { } row ? cells.RowCells(row) : [.. Enumerable.Range(0, cells.Cells.Count)]);

    public Provenance? SourceOf(int at, int length) => Run.SourceOf(at, length);
}
