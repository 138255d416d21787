using System.Globalization;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Analysis;

/// <summary>
/// The cell-wise sum of reports of one format version, every table of the format from the template: integers and
/// decimals (万元) added exactly; a cell that any report leaves without a number (blank, a blank mark, unreadable, not
/// read), or an amount printed with its unit, has no sum and stays blank — never counted as 0.
/// </summary>
internal static class CellSum
{
    public static Dictionary<string, TableValues> Of(IReadOnlyList<Report> reports, FormatId format, ReportTemplate template, List<CellRef> unknown)
    {
        var tables = new Dictionary<string, TableValues>();
        foreach (var key in template.TableKeys)
        {
            if (template.Table(key, format) is not { } def) continue;
            var values = new TableValues { Layout = format };
            foreach (var row in def.RowsFor(format))
                foreach (var column in def.ColumnsOf(row))
                {
                    var cell = new CellRef(key, row.Key, column.Key);
                    var sum = Sum(reports.Select(r => r.Value(cell)).ToList(), column.ValueKind);
                    values[row.Key, column.Key] = sum ?? CellValue.Blank("", null);
                    if (sum is null) unknown.Add(cell);
                }
            tables[key] = values;
        }
        return tables;
    }

    static CellValue? Sum(List<CellValue> cells, string kind)
    {
        if (kind == ValueKinds.Amount) return null;
        if (kind == ValueKinds.Decimal)
        {
            if (cells.Any(c => c.Number is null)) return null;
            var d = cells.Sum(c => c.Number!.Value).ToString(CultureInfo.InvariantCulture);
            return CellValue.OfText(d, d, null);
        }
        if (cells.Any(c => c.Integer is null)) return null;
        var i = cells.Sum(c => c.Integer!.Value);
        return CellValue.OfInteger(i, i.ToString(CultureInfo.InvariantCulture), null);
    }
}
