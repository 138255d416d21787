using Nianbao.Template;
using A = Nianbao.Template.Keys.Applications;
using R = Nianbao.Template.Keys.ReviewLitigation;

namespace Nianbao.Analysis;

/// <summary>
/// The metrics of `nianbao stats` (issue 11 item 6; definitions and formulas in docs/metrics.md): formulas over table 三
/// (applications, the 总计 column unless stated) and table 四 (review and litigation), naming cells through
/// <see cref="Keys"/> only. The one list the CLI, the export and the web app use.
/// </summary>
public static class MetricCatalog
{
    static CellRef App(string row, string column = A.Columns.Total) => new(Keys.Tables.Applications, row, column);
    static CellRef[] Apps(params string[] rows) => rows.Select(r => App(r)).ToArray();
    static CellRef Rl(string row, string column) => new(Keys.Tables.ReviewLitigation, row, column);
    static CellRef[] Concluded(params string[] rows) =>
        rows.SelectMany(r => new[] { Rl(r, R.Columns.Upheld), Rl(r, R.Columns.Corrected), Rl(r, R.Columns.Other) }).ToArray();

    static readonly CellRef[] Withheld = Apps(A.Rows.WithheldStateSecret, A.Rows.WithheldLawProhibited, A.Rows.WithheldSecurityStability,
        A.Rows.WithheldThirdParty, A.Rows.WithheldInternalAffairs, A.Rows.WithheldProcessInfo, A.Rows.WithheldEnforcementFile, A.Rows.WithheldInquiryMatter);
    static readonly CellRef[] Unavailable = Apps(A.Rows.UnavailableNotHeld, A.Rows.UnavailableNeedsCreation, A.Rows.UnavailableStillUnclear);
    static readonly CellRef[] NotProcessed = Apps(A.Rows.RejectedPetition, A.Rows.RejectedRepeated, A.Rows.RejectedPublication,
        A.Rows.RejectedExcessive, A.Rows.RejectedConfirmation);
    // The 2021 format prints （六）其他处理 as three rows, the 2019 format as one; a report sums the ones its format prints.
    static readonly CellRef[] OtherHandling = Apps(A.Rows.OtherNoCorrection, A.Rows.OtherUnpaidFee, A.Rows.OtherOther, A.Rows.Other);
    static readonly CellRef[] Refused = [.. Withheld, .. Unavailable, .. NotProcessed, .. OtherHandling];
    static readonly CellRef[] Processed = [App(A.Rows.TotalProcessed)];

    /// <summary>The family key of the four refusal shares.</summary>
    public const string RefusalMix = "refusal_mix";

    /// <summary>Every metric, in the order they are printed.</summary>
    public static IReadOnlyList<MetricDefinition> All { get; } =
    [
        new("disclosure_rate", "公开率（予以公开＋部分公开）", "disclosure rate (granted + partially granted)",
            Apps(A.Rows.Granted, A.Rows.PartiallyGranted), Processed, MetricUnit.Percent),
        new("refusal_withheld", "未公开构成：不予公开", "refusal mix: withheld", Withheld, Refused, MetricUnit.Percent, RefusalMix),
        new("refusal_unavailable", "未公开构成：无法提供", "refusal mix: unable to provide", Unavailable, Refused, MetricUnit.Percent, RefusalMix),
        new("refusal_not_processed", "未公开构成：不予处理", "refusal mix: not processed", NotProcessed, Refused, MetricUnit.Percent, RefusalMix),
        new("refusal_other", "未公开构成：其他处理", "refusal mix: other handling", OtherHandling, Refused, MetricUnit.Percent, RefusalMix),
        new("unavailable_rate", "无法提供率", "unable-to-provide rate", Unavailable, Processed, MetricUnit.Percent),
        new("carry_over_rate", "结转率（结转下年度 ÷ 新收与上年结转）", "carry-over rate (carried forward ÷ received and carried over)",
            Apps(A.Rows.CarriedForward), Apps(A.Rows.NewReceived, A.Rows.CarriedOver), MetricUnit.Percent),
        new("review_correction_rate", "行政复议纠错率（结果纠正 ÷ 已审结）", "review correction rate (corrected ÷ concluded)",
            [Rl(R.Rows.Review, R.Columns.Corrected)], Concluded(R.Rows.Review), MetricUnit.Percent),
        new("litigation_correction_rate", "行政诉讼纠错率（结果纠正 ÷ 已审结）", "litigation correction rate (corrected ÷ concluded)",
            [Rl(R.Rows.LitigationDirect, R.Columns.Corrected), Rl(R.Rows.LitigationAfterReview, R.Columns.Corrected)],
            Concluded(R.Rows.LitigationDirect, R.Rows.LitigationAfterReview), MetricUnit.Percent),
        new("cases_per_100_applications", "每百件申请的复议诉讼案件数", "review and litigation cases per 100 applications",
            [Rl(R.Rows.Review, R.Columns.Total), Rl(R.Rows.LitigationDirect, R.Columns.Total), Rl(R.Rows.LitigationAfterReview, R.Columns.Total)],
            Apps(A.Rows.NewReceived), MetricUnit.Per100),
        new("natural_person_share", "自然人申请占比", "natural-person share of applications",
            [App(A.Rows.NewReceived, A.Columns.NaturalPerson)], Apps(A.Rows.NewReceived), MetricUnit.Percent),
    ];

    /// <summary>The metric with this key, or null.</summary>
    /// <param name="key">A metric key such as disclosure_rate.</param>
    /// <returns>The definition, or null when there is none.</returns>
    public static MetricDefinition? Find(string key) => All.FirstOrDefault(m => m.Key == key);
}
