using Nianbao.Template;

namespace Nianbao.Checking;

/// <summary>Label phrases rules put into messages and repair hints, built on the template's one
/// <see cref="ReportTemplate.LabelOf(string, string?, string?, string, FormatId?)"/>.</summary>
internal static class CellLabels
{
    /// <summary>"row › column", e.g. "（一）予以公开 › 自然人".</summary>
    public static string CellLabel(this ReportTemplate template, CellRef cell) =>
        $"{template.LabelOf(cell.Table, cell.Row)} › {template.LabelOf(cell)}";

    /// <summary>The label of the column or row an identity is stated for.</summary>
    public static string AnchorLabel(this ReportTemplate template, LinearIdentity identity) =>
        identity.Def.PerColumn ? template.LabelOf(identity.Table, identity.Left[0].Row, identity.Anchor) : template.LabelOf(identity.Table, identity.Anchor);
}
