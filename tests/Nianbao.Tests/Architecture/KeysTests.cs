using System.Reflection;
using Nianbao.Template;

namespace Nianbao.Tests.Architecture;

/// <summary>Every constant code names a key through (<see cref="Keys"/>, <see cref="FormatId"/>, <see cref="ValueKinds"/>)
/// exists in the shipped template, so a key renamed in the data fails here rather than silently matching nothing.</summary>
public class KeysTests
{
    static readonly ReportTemplate T = ReportTemplate.Embedded;

    static IEnumerable<(string Name, string Value)> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));

    [Fact]
    public void Every_key_constant_is_in_the_template()
    {
        var missing = new List<string>();
        void Check(Type type, IEnumerable<string> keys)
        {
            var set = keys.ToHashSet();
            Assert.NotEmpty(set);
            foreach (var (name, value) in Constants(type))
                if (!set.Contains(value)) missing.Add($"{type.FullName}.{name} = \"{value}\"");
        }

        Check(typeof(Keys.Sections), T.Sections.Select(s => s.Key));
        Check(typeof(Keys.Tables), T.TableKeys);
        Check(typeof(Keys.Metadata), T.Metadata.Select(m => m.Key));
        Check(typeof(Keys.Notes), T.Notes.Keys);
        Check(typeof(Keys.Figures), T.Figures.Figures.Select(f => f.Key).Concat(T.Figures.Derived.Select(d => d.Key)));
        var tableClasses = typeof(Keys).GetNestedTypes().Where(n => n.GetNestedType("Rows") is not null).ToList();
        Assert.Equal(T.TableKeys.Count(), tableClasses.Count);
        foreach (var nested in tableClasses)
        {
            var table = Constants(typeof(Keys.Tables)).Single(c => c.Name == nested.Name).Value;
            var layouts = T.Layouts(table).ToList();
            Check(nested.GetNestedType("Rows")!, layouts.SelectMany(l => l.Rows).Select(r => r.Key));
            Check(nested.GetNestedType("Columns")!, layouts.SelectMany(l => (l.Columns ?? []).Concat(l.Rows.SelectMany(l.ColumnsOf))).Select(c => c.Key));
        }
        Assert.True(missing.Count == 0, "constants not in the template: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_format_id_constant_is_a_format_of_the_template()
    {
        var ids = typeof(FormatId).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(FormatId)).Select(f => (FormatId)f.GetValue(null)!).ToList();
        Assert.Equal(3, ids.Count);
        foreach (var id in ids) Assert.NotNull(T.Format(id));
        Assert.False(T.HasTables(FormatId.Legacy));
        Assert.True(T.HasTables(FormatId.F2021));
    }

    [Fact]
    public void Every_column_kind_is_a_known_value_kind()
    {
        var kinds = Constants(typeof(ValueKinds)).Select(c => c.Value).ToHashSet();
        foreach (var c in T.Tables.SelectMany(t => (t.Columns ?? []).Concat(t.Rows.SelectMany(t.ColumnsOf))))
            Assert.Contains(c.ValueKind, kinds);
    }
}
