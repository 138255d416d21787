namespace Nianbao.Template;

/// <summary>
/// A linear identity of a table, stated over template roles (format.md §5.1–§5.2): for each column (or row), the
/// cells of the left selection add up to the cells of the right. "@role" selects rows/columns by their template
/// role; "@part" selects the columns without a role (the applicant types, the four outcomes).
/// </summary>
public sealed record IdentityDef(string Code, string Table, string Per, Selection Left, Selection Right, string Formula, bool Printed = false);

public sealed record Selection(IReadOnlyList<string>? Rows, IReadOnlyList<string>? Columns);
