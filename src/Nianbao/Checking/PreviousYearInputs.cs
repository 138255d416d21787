using System.Runtime.CompilerServices;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>
/// What the cross-report rules (docs/format.md §5.4) read of the previous-year report, derived from the template's
/// rules: its head (source, format, year), the cells named by "previous:" terms of the comparisons (template.json
/// "rules"), and the sections of "rules.copiedText". A lookup that answers from a store (the corpus) loads only
/// this instead of the whole report; checking against <see cref="Project"/> of a report gives the same findings as
/// checking against the report itself (tests/…/Checking/PreviousYearInputsTests).
/// </summary>
public sealed class PreviousYearInputs
{
    static readonly ConditionalWeakTable<ReportTemplate, PreviousYearInputs> Cache = new();

    /// <summary>The cells read, per table: rows and columns (null: any).</summary>
    public IReadOnlyList<PreviousYearCells> Cells { get; }

    /// <summary>The section keys whose text is compared.</summary>
    public IReadOnlyList<string> Sections { get; }

    PreviousYearInputs(IReadOnlyList<PreviousYearCells> cells, IReadOnlyList<string> sections)
    {
        Cells = cells;
        Sections = sections;
    }

    /// <summary>The inputs of a template's rules (computed once per template).</summary>
    /// <param name="template">The template whose rules read the previous year.</param>
    /// <returns>What those rules read.</returns>
    public static PreviousYearInputs Of(ReportTemplate template) => Cache.GetValue(template, Derive);

    static PreviousYearInputs Derive(ReportTemplate template)
    {
        var cells = new List<PreviousYearCells>();
        foreach (var def in template.Rules.WithinYear.Concat(template.Rules.CrossYear))
        {
            // Every key a comparison reads from the previous year: its terms and its arguments ("previous:x", "$source:previous:x").
            var keys = def.LeftTerms.Concat(def.RightTerms).Where(t => t.Previous).Select(t => t.Key)
                .Concat(def.Args.Values.Select(v => v.StartsWith('$') && v.IndexOf(':') is var i and > 0 ? v[(i + 1)..] : v)
                    .Select(Term.Parse).Where(t => t.Previous).Select(t => t.Key))
                .Distinct(StringComparer.Ordinal).ToList();
            if (keys.Count == 0) continue;
            cells.Add(def.PerColumn ? new PreviousYearCells(def.Table, keys, null) : new PreviousYearCells(def.Table, def.Rows, keys));
        }
        return new PreviousYearInputs(cells, template.Rules.CopiedText.Sections.ToList());
    }

    /// <summary>True when a cell of the previous year is read by the rules.</summary>
    /// <param name="table">Table key.</param>
    /// <param name="row">Row key.</param>
    /// <param name="column">Column key.</param>
    /// <returns>Whether any rule reads it.</returns>
    public bool Reads(string table, string row, string column)
    {
        foreach (var c in Cells)
            if (c.Table == table && (c.Rows is null || c.Rows.Contains(row)) && (c.Columns is null || c.Columns.Contains(column))) return true;
        return false;
    }

    /// <summary>The part of a previous-year report the rules read: head, read cells (each table read keeps its
    /// layout, even with none of the cells), compared sections.</summary>
    /// <param name="previous">A whole report.</param>
    /// <returns>A new report holding only that part.</returns>
    public Report Project(Report previous)
    {
        var view = new Report { Source = previous.Source, Format = previous.Format, Year = previous.Year, Agency = previous.Agency, Profile = previous.Profile };
        foreach (var key in Sections)
            if (previous.Sections.TryGetValue(key, out var s)) view.Sections[key] = s;
        foreach (var (key, table) in previous.Tables)
        {
            if (!Cells.Any(c => c.Table == key)) continue;
            var kept = new TableValues { Layout = table.Layout };
            foreach (var (row, column, value) in table.All)
                if (Reads(key, row, column)) kept[row, column] = value;
            view.Tables[key] = kept;
        }
        return view;
    }
}

/// <summary>Cells of one table that the cross-report rules read of the previous year.</summary>
/// <param name="Table">Table key.</param>
/// <param name="Rows">Row keys read; null: every row.</param>
/// <param name="Columns">Column keys read; null: every column.</param>
public sealed record PreviousYearCells(string Table, IReadOnlyList<string>? Rows, IReadOnlyList<string>? Columns);
