namespace Nianbao.Web.Pages;

/// <summary>统计 Statistics: a marked gap until the metrics API of `nianbao stats` lands in the library.</summary>
public sealed class StatsModel : PageBase
{
}
