using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>
/// The integer cells of one report, the input of the metrics (<see cref="Statistics"/>): taken from a parsed
/// <see cref="Report"/> or straight from a corpus's stored values. A cell without a number (blank, a blank mark,
/// unreadable, not read) is simply not there: never 0.
/// </summary>
/// <param name="Format">The report's format version (which rows it prints), or null when none was recognised.</param>
/// <param name="Integers">Every cell holding an integer.</param>
public sealed record ReportCells(FormatId? Format, IReadOnlyDictionary<CellRef, long> Integers)
{
    /// <summary>The integer cells of a parsed report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Its format and integer cells.</returns>
    public static ReportCells Of(Report report)
    {
        var cells = new Dictionary<CellRef, long>();
        foreach (var (table, values) in report.Tables)
            foreach (var (row, column, value) in values.All)
                if (value.Integer is long i) cells[new CellRef(table, row, column)] = i;
        return new ReportCells(report.Format, cells);
    }
}
