using Nianbao.Checking;
using Nianbao.Reconciling;
using Nianbao.Template;

namespace Nianbao.Tests.Checking;

/// <summary>The constraint engine's smallest-change search (repair hints) on the template's identities of table 三,
/// without any report.</summary>
public class ConstraintSystemTests(Xunit.Abstractions.ITestOutputHelper output)
{
    static class Engine
    {
        public static bool AllHold(IReadOnlyList<LinearIdentity> identities, Func<CellRef, long?> value)
        {
            var system = ConstraintSystem.Of(identities);
            return system.AllHold(system.Values(value));
        }

        public static SolveResult MinimalChanges(IReadOnlyList<LinearIdentity> identities, Func<CellRef, long?> value)
        {
            var system = ConstraintSystem.Of(identities);
            return system.MinimalChanges(system.Values(value));
        }
    }

    static readonly IReadOnlyList<LinearIdentity> Table3 = ReportTemplate.Embedded.IdentitiesFor(FormatId.F2021).Where(i => i.Table == "applications").ToList();

    /// <summary>An all-zero table 三 with some cells set.</summary>
    static Func<CellRef, long?> Values(params (string Row, string Column, long Value)[] cells) =>
        k => cells.FirstOrDefault(c => c.Row == k.Row && c.Column == k.Column) is { Row: not null } c ? c.Value : 0;

    [Fact]
    public void A_consistent_table_needs_no_change()
    {
        var v = Values(("new_received", "commercial", 3), ("new_received", "total", 3), ("granted", "commercial", 3),
            ("granted", "total", 3), ("total_processed", "commercial", 3), ("total_processed", "total", 3));
        Assert.True(Engine.AllHold(Table3, v));
        Assert.Equal(0, Engine.MinimalChanges(Table3, v).Size);
    }

    [Fact]
    public void A_wrong_total_cell_is_the_unique_single_change()
    {
        var v = Values(("new_received", "commercial", 3), ("new_received", "total", 3), ("granted", "commercial", 3),
            ("granted", "total", 5), ("total_processed", "commercial", 3), ("total_processed", "total", 3));
        var result = Engine.MinimalChanges(Table3, v);
        Assert.True(result.IsUnique);
        var change = Assert.Single(result.Solutions[0]);
        Assert.Equal((new CellRef("applications", "granted", "total"), 5L, 3L), (change.Cell, change.Current, change.Proposed));
    }

    [Fact]
    public void An_outcome_cell_off_in_its_row_and_its_column_is_set_back()
    {
        var result = Engine.MinimalChanges(Table3, Values(("granted", "natural_person", 1)));
        Assert.True(result.IsUnique);
        var change = Assert.Single(result.Solutions[0]);
        Assert.Equal((new CellRef("applications", "granted", "natural_person"), 0L), (change.Cell, change.Proposed));
    }

    [Fact]
    public void A_lone_group_total_error_has_no_unique_fix()
    {
        var table4 = ReportTemplate.Embedded.IdentitiesFor(FormatId.F2021).Where(i => i.Table == "review_litigation").ToList();
        var result = Engine.MinimalChanges(table4, k => k is { Row: "review", Column: "total" } ? 1 : 0);
        Assert.Equal(1, result.Size);
        Assert.False(result.IsUnique);
        // Lower the total to 0, or raise one of the four results to 1.
        Assert.Equal(5, result.Solutions.Count);
    }

    [Fact]
    public void Linxia_shape_needs_three_changes_and_has_one_answer()
    {
        var v = Values(("new_received", "natural_person", 24), ("new_received", "total", 24),
            ("granted", "total", 18), ("withheld_law_prohibited", "total", 2), ("unavailable_not_held", "total", 4),
            ("total_processed", "natural_person", 24), ("total_processed", "total", 24));
        var result = Engine.MinimalChanges(Table3, v);
        Assert.Equal(3, result.Size);
        Assert.True(result.IsUnique);
        Assert.Equal(["granted 18", "unavailable_not_held 4", "withheld_law_prohibited 2"],
            result.Solutions[0].Select(a => $"{a.Cell.Row} {a.Proposed}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_garbled_table_ends_the_search_without_an_answer()
    {
        var random = new Random(7);
        var values = new Dictionary<CellRef, long>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = Engine.MinimalChanges(Table3, k => values.TryGetValue(k, out var v) ? v : values[k] = random.Next(0, 30));
        Assert.False(result.IsUnique);
        Assert.Empty(result.Solutions);
        output.WriteLine($"{watch.ElapsedMilliseconds} ms");
    }
}
