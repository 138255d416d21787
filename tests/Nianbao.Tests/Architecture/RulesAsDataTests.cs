using System.Text.Json.Nodes;
using Nianbao.Checking;
using Nianbao.Template;
using Nianbao.Tests.Samples;

namespace Nianbao.Tests.Architecture;

/// <summary>
/// The comparison rules are template data (template.json "rules"): a rule written only in the data is run by the
/// checker, with its cells, location and message arguments taken from the data.
/// </summary>
public class RulesAsDataTests
{
    static ReportTemplate WithRule(Action<JsonObject> rules)
    {
        var node = JsonNode.Parse(TemplateData.Embedded(ReportTemplate.TemplateFile))!;
        rules(node["rules"]!.AsObject());
        return ReportTemplate.Load(node.ToJsonString(), TemplateData.Embedded(ReportTemplate.FiguresFile), TemplateData.Embedded(ReportTemplate.NamingFile));
    }

    [Fact]
    public void A_comparison_added_to_the_data_is_checked()
    {
        // A made-up rule (issued ≥ in force, per row of table 二) that real reports often break: reported under the
        // code the data names, on exactly the rows whose values break it.
        var template = WithRule(r => r["withinYear"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "NB-T2-VALID", "table": "active_disclosure", "formats": ["2021"], "per": "row",
              "left": ["issued"], "relation": ">=", "right": ["in_force"], "cells": ["issued", "in_force"],
              "args": { "row_label": "$label", "left": "$left", "right": "$right", "difference": "$difference",
                "left_label": "$leftLabel", "right_label": "$rightLabel", "left_label_en": "$leftLabel.en", "right_label_en": "$rightLabel.en" } }
            """)));
        var broken = 0;
        foreach (var name in SampleFiles.Names)
        {
            var report = ReportParser.ParseFile(SampleFiles.Path(name + ".txt"), template: template);
            if (report.Tables.GetValueOrDefault(Keys.Tables.ActiveDisclosure) is not { } t || t.Layout != FormatId.F2021) continue;
            var expected = t.RowKeys.Where(row => t[row, "issued"].Integer is long i && t[row, "in_force"].Integer is long f && i < f).ToList();
            var found = ReportChecker.Check(report, template)
                .Where(f => f.Code == "NB-T2-VALID" && f.Location.Column == "issued").ToList();
            Assert.Equal(expected, found.Select(f => f.Location.Row));
            // Without the rule in the data, nothing of the kind is reported.
            Assert.DoesNotContain(ReportChecker.Check(report), f => f.Code == "NB-T2-VALID" && f.Location.Column == "issued");
            foreach (var f in found)
            {
                Assert.Equal("本年制发件数", f.Arg("left_label"));
                Assert.Equal("现行有效件数", f.Arg("right_label"));
                Assert.Equal("issued", f.Arg("left_label_en"));
                Assert.Equal((long)f.Arg("left")! - (long)f.Arg("right")!, f.Arg("difference"));
                Assert.Equal(["issued", "in_force"], f.Location.Cells!.Select(c => c.Column));
            }
            broken += found.Count;
        }
        Assert.True(broken > 0, "no sample breaks the made-up rule: the test proves nothing");
    }
}
