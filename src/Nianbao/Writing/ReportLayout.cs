namespace Nianbao.Writing;

/// <summary>A part of the printed report, in order.</summary>
abstract record LayoutPart;

/// <summary>A section heading (一、总体情况 …).</summary>
sealed record HeadingPart(string Section, string Text) : LayoutPart;

/// <summary>A paragraph of narrative text; <see cref="Subheading"/> for （一）… lines.</summary>
sealed record ParagraphPart(string Text, bool Subheading) : LayoutPart;

/// <summary>A national table.</summary>
sealed record GridPart(LayoutGrid Grid) : LayoutPart;

/// <summary>
/// The report as printed in the standard layout: the title, the information block (label, value) and the body. Built
/// once by <see cref="LayoutBuilder"/>; the DOCX, HTML and Markdown targets only print it.
/// </summary>
sealed record ReportLayout(string Title, IReadOnlyList<(string Label, string Value)> Metadata, IReadOnlyList<LayoutPart> Body);
