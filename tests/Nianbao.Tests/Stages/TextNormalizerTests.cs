using Nianbao.Normalizing;

namespace Nianbao.Tests.Stages;

/// <summary>The matching copy (docs/format.md §9.3 steps 1, 3–6) and its map back to the original.</summary>
public class TextNormalizerTests
{
    [Fact]
    public void Drops_cr_bom_and_zero_width_and_maps_back()
    {
        const string original = "\uFEFF规\u200B章\r\n1\u00AD2";
        var m = TextNormalizer.Normalize(original, stripPinyin: false);
        Assert.Equal("规章\n12", m.Text);
        Assert.Equal([1, 3, 5, 6, 8], Enumerable.Range(0, m.Text.Length).Select(m.ToOriginal));
        Assert.Equal(original.Length, m.ToOriginal(m.Text.Length));
    }

    [Fact]
    public void Nbsp_ideographic_and_typographic_spaces_become_space()
    {
        Assert.Equal("商业 企业 科研 机构 x", TextNormalizer.Normalize("商业\u00A0企业\u3000科研\u2003机构\u202Fx", false).Text);
    }

    [Fact]
    public void Full_width_ascii_becomes_half_width_and_keeps_length()
    {
        const string original = "（一）予以公开：１，０２４；ＡＢ｜";
        var m = TextNormalizer.Normalize(original, false);
        Assert.Equal("(一)予以公开:1,024;AB|", m.Text);
        Assert.Equal(original.Length, m.Text.Length);
    }

    [Fact]
    public void Traditional_becomes_simplified()
    {
        Assert.Equal("收到和处理政府信息公开申请情况", TextNormalizer.Normalize("收到和處理政府信息公開申請情況", false).Text);
    }

    [Fact]
    public void Toned_pinyin_is_stripped_and_positions_map_to_the_original()
    {
        const string original = "發(fā)布日期 | 數(shù)據";
        Assert.True(PinyinAnnotations.ShouldStrip(original));
        var m = TextNormalizer.Normalize(original, stripPinyin: true);
        Assert.Equal("发布日期 | 数据", m.Text);
        Assert.Equal(5, m.ToOriginal(1));            // 布 follows the five characters 發(fā)
        var (start, end) = m.OriginalSpan(m.Text.IndexOf('数'), m.Text.Length);
        Assert.Equal("數(shù)據", original[start..end]);
    }

    [Fact]
    public void Toneless_pinyin_is_stripped_only_from_three_annotations_on()
    {
        Assert.False(PinyinAnnotations.ShouldStrip("國(guo)務院办公厅"));
        Assert.Equal("国(guo)务院办公厅", TextNormalizer.ForMatching("國(guo)務院办公厅"));
        Assert.False(PinyinAnnotations.ShouldStrip("下载手机应用(app)即可"));
        const string three = "文(wen)章(zhang)來(lai)源";
        Assert.True(PinyinAnnotations.ShouldStrip(three));
        Assert.Equal("文章来源", TextNormalizer.Normalize(three, true).Text);
    }

    [Fact]
    public void A_parenthesis_after_a_digit_or_a_long_word_is_not_pinyin()
    {
        Assert.Equal(0, PinyinAnnotations.AnnotationLength("共12(ge)", 3, out _));
        Assert.Equal(0, PinyinAnnotations.AnnotationLength("见附件(attachments)", 3, out _));
        Assert.Equal(4, PinyinAnnotations.AnnotationLength("區(qū)", 1, out var toned));
        Assert.True(toned);
    }

    [Fact]
    public void Word_bookmarks_are_removed_and_positions_map_to_the_original()
    {
        const string original = "\t[bookmark: _GoBack]一是进一步强化";
        var m = TextNormalizer.Normalize(original, false);
        Assert.Equal("\t一是进一步强化", m.Text);
        Assert.Equal(original.IndexOf('一'), m.ToOriginal(1));
    }

    [Fact]
    public void An_unclosed_bookmark_on_one_line_is_kept()
    {
        Assert.Equal("[bookmark: x\n一是", TextNormalizer.Normalize("[bookmark: x\n一是", false).Text);
    }

    [Fact]
    public void Original_span_of_an_empty_span_is_empty()
    {
        var m = TextNormalizer.Normalize("a\r\nb", false);
        var (s, e) = m.OriginalSpan(2, 2);
        Assert.Equal(s, e);
    }
}
