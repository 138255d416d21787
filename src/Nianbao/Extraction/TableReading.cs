using Nianbao.Model;
using Nianbao.Template;

namespace Nianbao.Extraction;

/// <summary>What a table reader returns: the values (null when the table was not found) and what it noticed.</summary>
public sealed record TableReading(TableValues? Values, List<Finding> Findings);
