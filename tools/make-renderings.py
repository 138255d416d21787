#!/usr/bin/env python3
"""make-renderings.py — the HTML, markdown and re-encoded renderings of the five sample reports (test data).

Dev tool only; its output is committed under tests/Nianbao.Tests/Data/renderings/ and read by
tests/Nianbao.Tests/Renderings/. Run it again after a sample or its expected values change:

    python3 tools/make-renderings.py          # needs python3 and opencc (apt-get install opencc)

Inputs
  samples/NAME.txt                the narrative, the title line and the CMS metadata lines, kept as printed
  samples/expected/NAME.json      every table value (null = blank cell, money as printed)
  src/Nianbao/Template/Data/template.json   the national row/column labels (2021 format) and label variants

Outputs (format.md §2.3–§2.5 table shapes, §9.1 artefacts)
  NAME.html            UTF-8 page: narrative as <p>, the three tables as real <table> grids laid out like the
                       national Word template (table 三: note cell colspan=3 rowspan=3, 申请人情况/法人或其他组织
                       colspans, 自然人/总计 rowspan=2, group label cells with rowspan; table 二 one 4-column grid with
                       colspan=4 block-title rows; table 四 with its 3-row header). Blank = empty cell or &nbsp;.
  NAME.gbk.html        (linxia, sifangtai) GBK bytes declared as gbk / gb2312, inside a CMS page: top nav,
                       breadcrumbs, a link sidebar holding another year's report title, a 索引号/发布机构/发布日期 info
                       table, 字体：【大 中 小】, 分享到, 打印本页, 关闭窗口, a footer (版权所有, ICP备, 网站标识码), a
                       <script>, and a layout table around the article (so the report tables are nested tables);
                       table cells in Word-export style (<p class=MsoNormal><span>…</span></p>, <br> in labels).
  NAME.trad.html       (linxia, maiji) the whole NAME.html converted with `opencc -c s2t.json`. lhasa's own page
                       is traditional already.
  NAME.big5.html       (erkou) the page converted with `opencc -c s2tw.json` (Taiwan forms exist in Big5), encoded
                       Big5 and declared charset=big5.
  NAME.md              markdown for every sample: `#`/`##`/`###` headings, tables as `| a | b |` with a `|---|`
                       rule, the grid expanded with empty cells at merged and blank positions.
  NAME.gb18030.txt     (sifangtai) the sample text re-encoded as GB18030.
  NAME.big5.txt        (linxia) the sample text converted with s2tw and encoded as Big5.

Everything is deterministic: the same inputs give the same bytes.
"""

import html
import json
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUT = ROOT / "tests" / "Nianbao.Tests" / "Data" / "renderings"
TEMPLATE = json.loads((ROOT / "src" / "Nianbao" / "Template" / "Data" / "template.json").read_text("utf-8"))

GBK_PAGES = {"linxia-city-2023": "meta", "sifangtai-district-2023": "http-equiv"}
TRAD_PAGES = ["linxia-city-2023", "maiji-service-bureau-2022"]
BIG5_PAGES = ["erkou-township-2023"]
GB18030_TEXTS = ["sifangtai-district-2023"]
BIG5_TEXTS = ["linxia-city-2023"]

ORDINALS = "一二三四五六"
HEADING = re.compile(r"^([一二三四五六])[、,，]")
SUBHEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")


def opencc(text, config):
    try:
        done = subprocess.run(["opencc", "-c", config], input=text, capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise SystemExit("opencc is missing: apt-get install opencc")
    return done.stdout


def is_traditional(text):
    """A sample printed in traditional script (lhasa): OpenCC t2s changes many of its characters."""
    simplified = opencc(text, "t2s.json")
    return sum(a != b for a, b in zip(text, simplified)) > 100


# ----------------------------------------------------------------------------------------------------------------
# The sample: preamble (metadata rows, title, lead-in), six headings, narrative bodies. Tables come from the JSON.

class Sample:
    def __init__(self, name):
        self.name = name
        self.text = (SAMPLES / f"{name}.txt").read_text("utf-8")
        self.expected = json.loads((SAMPLES / "expected" / f"{name}.json").read_text("utf-8"))
        self.traditional = is_traditional(self.text)
        lines = [BOOKMARK.sub("", l).rstrip() for l in self.text.split("\n")]
        heads, want = [], 0
        for i, line in enumerate(lines):
            if want < 6 and "|" not in line and not line.startswith("\t") and len(line) < 60:
                m = HEADING.match(line)
                if m and m.group(1) == ORDINALS[want]:
                    heads.append(i)
                    want += 1
        assert len(heads) == 6, f"{name}: found {len(heads)} of the six headings"
        self.preamble = [l for l in lines[:heads[0]] if l.strip()]
        self.headings = [lines[i].strip() for i in heads]
        self.bodies = []
        self.residue = []
        for k, start in enumerate(heads):
            end = heads[k + 1] if k + 1 < 6 else len(lines)
            body = [l.strip() for l in lines[start + 1:end] if l.strip()]
            if k == 5:
                self.residue = [l for l in body if l.startswith("//")]
                body = [l for l in body if not l.startswith("//")]
            # Sections 二–四 are the tables: their printed cells are rebuilt from the expected values.
            self.bodies.append([] if k in (1, 2, 3) else body)
        # Metadata rows (`索 引 号: … | 发文机关: … |`) as cells; other preamble lines are paragraphs or the title.
        self.meta_rows = [split_pipes(l) for l in self.preamble if "|" in l]
        self.lead = [l for l in self.preamble if "|" not in l]
        self.table_text = "".join(lines[heads[1]:heads[4]])

    def title_line(self, line):
        return len(line) <= 60 and re.search(r"(19|20)\d\d年.*年度(报告|報告)$", line) is not None

    def label(self, printed):
        """A template label in the sample's script."""
        return opencc(printed, "s2t.json").strip() if self.traditional else printed

    def value(self, table, row, column):
        v = self.expected["tables"][table][row][column]
        return "" if v is None else str(v)


def split_pipes(line):
    cells = [c.strip() for c in line.split("|")]
    if line.rstrip().endswith("|"):
        cells.pop()
    return cells


def key(s):
    return re.sub(r"[\s()（）,，.．:：;；、“”\"]", "", s)


# ----------------------------------------------------------------------------------------------------------------
# Tables as grids of spanning cells: [[Cell]]; the same grid renders as HTML (spans) and markdown (expanded).

class Cell:
    def __init__(self, text, colspan=1, rowspan=1, value=False):
        self.text, self.colspan, self.rowspan, self.value = text, colspan, rowspan, value


def table_def(key_):
    return next(t for t in TEMPLATE["tables"] if t["key"] == key_ and "2021" in t.get("formats", ["2021"]))


def row_label(sample, row):
    """The canonical label, or the template's variant where the sample prints that instead (maiji: 规范性文件)."""
    printed = key(opencc(sample.table_text, "t2s.json")) if sample.traditional else key(sample.table_text)
    label = row["label"]
    for v in row.get("variants", []):
        if key(label) not in printed and key(v["label"]) in printed:
            label = v["label"]
    return sample.label(label)


def table_two(s):
    t = table_def("active_disclosure")
    grid, block = [], None
    for row in t["rows"]:
        cols = row["columns"]
        if row["block"] != block:
            block = row["block"]
            grid.append([Cell(s.label(block), colspan=4)])
            if len(cols) == 3:
                grid.append([Cell(s.label("信息内容"))] + [Cell(s.label(c["label"])) for c in cols])
            else:
                grid.append([Cell(s.label("信息内容")), Cell(s.label(cols[0]["label"]), colspan=3)])
        values = [Cell(s.value(t["key"], row["key"], c["key"]), value=True) for c in cols]
        if len(cols) == 1:
            values[0].colspan = 3
        grid.append([Cell(row_label(s, row))] + values)
    return grid


def table_three(s):
    t = table_def("applications")
    cols = t["columns"]
    wrap = {"商业企业": "商业\n企业", "科研机构": "科研\n机构"}
    grid = [
        [Cell(s.label(t["note"]), colspan=3, rowspan=3), Cell(s.label("申请人情况"), colspan=7)],
        [Cell(s.label("自然人"), rowspan=2), Cell(s.label("法人或其他组织"), colspan=5), Cell(s.label("总计"), rowspan=2)],
        [Cell(s.label(wrap.get(c["label"], c["label"]))) for c in cols[1:6]],
    ]
    rows = [r for r in t["rows"] if "2021" in r.get("formats", ["2021"])]
    group_sizes = {}
    for r in rows:
        if "group" in r:
            group_sizes[r["group"]] = group_sizes.get(r["group"], 0) + 1
    top = "三、本年度办理结果"
    # The top group spans its direct rows plus every row of its sub-groups.
    top_span = sum(n for g, n in group_sizes.items())
    seen = set()
    for r in rows:
        g = r.get("group")
        lead = []
        if g is None:
            lead = [Cell(s.label(r["label"]), colspan=3)]
        else:
            sub = g != top
            if top not in seen:
                seen.add(top)
                lead.append(Cell(s.label(top), rowspan=top_span))
            if sub and g not in seen:
                seen.add(g)
                lead.append(Cell(s.label(g), rowspan=group_sizes[g]))
            lead.append(Cell(row_label(s, r)) if sub else Cell(row_label(s, r), colspan=2))
        grid.append(lead + [Cell(s.value(t["key"], r["key"], c["key"]), value=True) for c in cols])
    return grid


def table_four(s):
    t = table_def("review_litigation")
    cols = t["columns"]
    leaves = [s.label(c["label"]) for c in cols]
    wrapped = [l if len(l) < 4 else l[:2] + "\n" + l[2:] for l in leaves]
    grid = [
        [Cell(s.label("行政复议"), colspan=5), Cell(s.label("行政诉讼"), colspan=10)],
        [Cell(w, rowspan=2) for w in wrapped] + [Cell(s.label("未经复议直接起诉"), colspan=5), Cell(s.label("复议后起诉"), colspan=5)],
        [Cell(w) for w in wrapped * 2],
        [Cell(s.value(t["key"], r["key"], c["key"]), value=True) for r in t["rows"] for c in cols],
    ]
    return grid


def tables(s):
    return {1: table_two(s), 2: table_three(s), 3: table_four(s)}


def expand(grid):
    """The grid with spans expanded: the text at a span's top-left position, '' at the positions it covers."""
    out, pending = [], {}
    for r, row in enumerate(grid):
        line, c = [], 0
        cells = iter(row)
        while True:
            while (r, c) in pending:
                line.append("")
                c += 1
            cell = next(cells, None)
            if cell is None:
                break
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if dr or dc:
                        pending[(r + dr, c + dc)] = True
            line.append(cell.text.replace("\n", " "))
            line.extend([""] * (cell.colspan - 1))
            c += cell.colspan
        out.append(line)
    width = max(len(l) for l in out)
    return [l + [""] * (width - len(l)) for l in out]


# ----------------------------------------------------------------------------------------------------------------
# HTML

def td(cell, word, blank_nbsp):
    attrs = ""
    if cell.colspan > 1:
        attrs += f' colspan="{cell.colspan}"'
    if cell.rowspan > 1:
        attrs += f' rowspan="{cell.rowspan}"'
    if word:
        # Word export: every cell is a paragraph; a wrapped label is two paragraphs; blank is &nbsp;.
        parts = cell.text.split("\n") if cell.text else []
        inner = "".join(f'<p class="MsoNormal" align="center"><span style="font-family:宋体;font-size:10.5pt">{html.escape(p)}</span></p>'
                        for p in parts) or '<p class="MsoNormal" align="center"><span lang="EN-US">&nbsp;</span></p>'
        return f'<td valign="center" style="border:solid windowtext 1.0pt;padding:0 5.4pt"{attrs}>{inner}</td>'
    text = "<br>".join(html.escape(p) for p in cell.text.split("\n"))
    if not text and blank_nbsp:
        text = "&nbsp;"
    return f"<td{attrs}>{text}</td>"


def html_table(grid, word=False, blank_nbsp=False):
    rows = ["<tr>" + "".join(td(c, word, blank_nbsp) for c in row) + "</tr>" for row in grid]
    style = ' class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"' if word else ' border="1"'
    return f"<table{style}>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"


def article_html(s, word=False, title_h1=None):
    """The report itself: metadata table, title, lead-in, six sections with their narrative and tables."""
    out = []
    grids = tables(s)
    if s.meta_rows:
        width = max(len(r) for r in s.meta_rows)
        meta = [[Cell(c) for c in r] + ([Cell("", colspan=width - len(r))] if len(r) < width else []) for r in s.meta_rows]
        out.append(html_table(meta).replace('<table border="1">', '<table class="xxgk-info">'))
    if title_h1:
        out.append(f"<h1>{html.escape(title_h1)}</h1>")
    for line in s.lead:
        if s.title_line(line):
            out.append(f'<h1 class="title">{html.escape(line)}</h1>')
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(line)}</p>')
    for k, heading in enumerate(s.headings):
        out.append(f"<p><strong>{html.escape(heading)}</strong></p>" if word else f"<h2>{html.escape(heading)}</h2>")
        for line in s.bodies[k]:
            if SUBHEADING.match(line) and len(line) < 40:
                out.append(f"<h3>{html.escape(line)}</h3>" if not word else f'<p style="text-indent:2em"><strong>{html.escape(line)}</strong></p>')
            else:
                out.append(f'<p style="text-indent:2em">{html.escape(line)}</p>')
        if k in grids:
            # Alternate the two blank styles real pages use (empty cell, &nbsp;) between tables.
            out.append(html_table(grids[k], word=word, blank_nbsp=(k == 2)))
    return "\n".join(out)


def plain_page(s, charset="utf-8"):
    title = s.label(f"{s.expected['agency']}{s.expected['year']}年政府信息公开工作年度报告")
    script = ""
    if s.residue:
        script = "<script>\n" + "\n".join(s.residue) + "\nvar invalid = false;\n</script>\n"
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="{charset}">\n<title>{html.escape(title)}</title>\n</head>\n'
            f"<body>\n<div class=\"article\">\n{article_html(s)}\n</div>\n{script}</body>\n</html>\n")


def cms_page(s, declare):
    """A government CMS page around the report (format.md §9.1 A14–A16): the chrome a reader must not take in."""
    report_title = next((l for l in s.lead if s.title_line(l)), None)
    agency, year = s.expected["agency"], s.expected["year"]
    own_title = report_title or f"{agency}{year}年政府信息公开工作年度报告"
    other_title = f"{agency}{year - 1}年政府信息公开工作年度报告"
    head = ('<meta charset="gbk">' if declare == "meta"
            else '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    meta_tags = (f'<meta name="ArticleTitle" content="{html.escape(own_title)}">\n<meta name="PubDate" content="{year + 1}-01-20 09:30">\n'
                 f'<meta name="ContentSource" content="{html.escape(agency)}">\n') if declare == "http-equiv" else ""
    index_no = f"11620000-{year + 1}-000{len(s.name)}"
    sidebar = "\n".join(f'<li><a href="/xxgk/{i}.html" title="{html.escape(t)}">{html.escape(t)}</a></li>' for i, t in enumerate([
        other_title, f"{agency}关于做好{year + 1}年政务公开工作的通知", f"{year}年度法治政府建设情况报告",
        "政府信息公开指南", "政府信息公开制度", "依申请公开办理流程"]))
    word = declare == "meta"
    article = article_html(s, word=word, title_h1=None if report_title else own_title)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{head}
<title>{html.escape(own_title)}_{html.escape(agency)}</title>
{meta_tags}<meta name="SiteName" content="{html.escape(agency)}门户网站">
<link rel="stylesheet" href="/css/style.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="{html.escape(agency)}"></div>
<ul class="nav">
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjlx/">走进{html.escape(agency[:3])}</a></li>
</ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<table class="layout" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td class="left" width="240" valign="top">
<div class="side-title">相关信息</div>
<ul class="side-list">
{sidebar}
</ul>
</td>
<td class="main" width="760" valign="top">
<table class="xxgk-head" width="100%" border="0">
<tr><td>索引号：</td><td>{index_no}</td><td>发布机构：</td><td>{html.escape(agency)}</td></tr>
<tr><td>发布日期：</td><td>{year + 1}-01-20</td><td>文号：</td><td></td></tr>
</table>
<div class="tools">字体：【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 浏览次数：<span id="hits">1024</span></div>
<div class="TRS_Editor" id="zoom">
{article}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</td>
</tr>
</table>
<div class="footer">
<p>主办单位：{html.escape(agency)}办公室　版权所有：{html.escape(agency)}</p>
<p>陇ICP备05001234号-1　网站标识码：6229010001　<a href="http://www.beian.gov.cn">甘公网安备 62290102000123号</a></p>
</div>
<script type="text/javascript">
// 是否显示作废图标
var isInvalid = "0";
if (isInvalid == "1") {{ document.getElementById("zoom").className += " invalid"; }}
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</body>
</html>
"""


# ----------------------------------------------------------------------------------------------------------------
# Markdown

def md_table(rows):
    width = len(rows[0])
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join([lines[0], "|" + "---|" * width] + lines[1:])


def markdown(s):
    out = []
    grids = tables(s)
    if s.meta_rows:
        width = max(len(r) for r in s.meta_rows)
        out.append(md_table([r + [""] * (width - len(r)) for r in s.meta_rows]))
    for line in s.lead:
        out.append(f"# {line}" if s.title_line(line) else line)
    for k, heading in enumerate(s.headings):
        out.append(f"## {heading}")
        for line in s.bodies[k]:
            out.append(f"### {line}" if SUBHEADING.match(line) and len(line) < 40 else line)
        if k in grids:
            out.append(md_table(expand(grids[k])))
    out.extend(s.residue)
    return "\n\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------------------

def encode(text, codec):
    """Bytes in a legacy code page; a character it lacks becomes a numeric reference, as browsers submit it."""
    return text.encode(codec, errors="xmlcharrefreplace")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    names = sorted(p.stem for p in (SAMPLES / "expected").glob("*.json"))
    written = []

    def write(name, data):
        (OUT / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        written.append(name)

    for name in names:
        s = Sample(name)
        page = plain_page(s)
        write(f"{name}.html", page)
        write(f"{name}.md", markdown(s))
        if name in GBK_PAGES:
            write(f"{name}.gbk.html", encode(cms_page(s, GBK_PAGES[name]), "gbk"))
        if name in TRAD_PAGES:
            write(f"{name}.trad.html", opencc(page, "s2t.json"))
        if name in BIG5_PAGES:
            big5 = opencc(plain_page(s, charset="big5"), "s2tw.json")
            write(f"{name}.big5.html", encode(big5, "big5"))
        if name in GB18030_TEXTS:
            write(f"{name}.gb18030.txt", s.text.encode("gb18030"))
        if name in BIG5_TEXTS:
            write(f"{name}.big5.txt", encode(opencc(s.text, "s2tw.json"), "big5"))
    print(f"wrote {len(written)} files to {OUT.relative_to(ROOT)}:", " ".join(written))


if __name__ == "__main__":
    main()
