using AngleSharp.Dom;

namespace Nianbao.Reading;

/// <summary>
/// Finds a page's navigation blocks (docs/format.md §9.1 A16): menus, breadcrumbs and "related articles" sidebars are
/// blocks whose text is mostly link text. Their lines must not reach the report: a sidebar link such as
/// "某某区2022年政府信息公开工作年度报告" would otherwise read as the title. One bottom-up pass over the tree.
/// </summary>
static class HtmlNavigation
{
    const int MinLinks = 3;

    public static HashSet<IElement> Find(IElement root)
    {
        var found = new HashSet<IElement>();
        Measure(root, found);
        return found;
    }

    /// <summary>(non-space characters, of them inside links, links) of a subtree; dense blocks are collected.</summary>
    static (int Text, int Link, int Links) Measure(INode node, HashSet<IElement> found)
    {
        if (node is IText t) return (NonSpace(t.Data), 0, 0);
        if (node is not IElement e || e.TagName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE") return (0, 0, 0);
        int text = 0, link = 0, links = 0;
        foreach (var child in e.ChildNodes)
        {
            var (ct, cl, cn) = Measure(child, found);
            text += ct; link += cl; links += cn;
        }
        if (e.TagName == "A") return (text, text, links + 1);
        if (e.TagName == "NAV" || links >= MinLinks && link * 2 >= text && e.TagName is not ("BODY" or "HTML"))
            found.Add(e);
        return (text, link, links);
    }

    static int NonSpace(string s)
    {
        var n = 0;
        foreach (var c in s) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
