using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>A section found in a document: its heading block and the blocks up to the next heading.</summary>
internal sealed record SectionSpan(SectionDef Section, int HeadingIndex, int End, Cell Heading)
{
    public int BodyStart => HeadingIndex + 1;
}

/// <summary>
/// What the segmenting stage returns: the sections found, in reading order, and its findings (a section missing,
/// a heading printed in a variant wording; reports of a format without the uniform sections drop them). When the
/// document holds several reports back to back, only the first <see cref="BlockCount"/> blocks are the report and
/// <see cref="Concatenated"/> says where the next begins.
/// </summary>
internal sealed record Segmentation(IReadOnlyList<SectionSpan> Spans, IReadOnlyList<Finding> Findings)
{
    public int BlockCount { get; init; } = int.MaxValue;
    public Finding? Concatenated { get; init; }

    /// <summary>The blocks before the first heading (or the first 40 when none was found): the metadata region.</summary>
    public int PreambleEnd(int blockCount) => Spans.Count > 0 ? Spans[0].HeadingIndex : Math.Min(blockCount, 40);
}
