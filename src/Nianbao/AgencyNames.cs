using Nianbao.Extraction;
using Nianbao.Model;
using Nianbao.Normalizing;
using Nianbao.Template;

namespace Nianbao;

/// <summary>
/// Agency names for callers outside the pipeline (the corpus identifies agencies across years and spellings with
/// these): the issuer's type and level read from a name (format.md §5.7), and a name made comparable the way the
/// template's labels are (simplified, half width, no whitespace or punctuation).
/// </summary>
public static class AgencyNames
{
    /// <summary>Type (government, department, township) and level (national … township) from the name.</summary>
    public static AgencyProfile Profile(string name, ReportTemplate? template = null) =>
        AgencyProfiler.Of(name, (template ?? ReportTemplate.Embedded).Naming);

    /// <summary>The name simplified, folded to half width, without whitespace or punctuation.</summary>
    public static string Comparable(string name) => LabelKey.Of(TextNormalizer.ForMatching(name));
}
