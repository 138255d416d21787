using Nianbao.Documents;
using Nianbao.Template;

namespace Nianbao.Segmenting;

/// <summary>A section found in a document: its heading block and the blocks up to the next heading.</summary>
public sealed record SectionSpan(SectionDef Section, int HeadingIndex, int End, Cell Heading)
{
    public int BodyStart => HeadingIndex + 1;
}
