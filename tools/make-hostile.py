#!/usr/bin/env python3
"""make-hostile.py — the hostile inputs of issue 8, at full size, for measuring `parse` and `check` (docs/limits.md).

Dev tool only; nothing it writes is committed. The unit tests build their own, smaller bombs at test time
(tests/Nianbao.Tests/Hostile/). Usage, from the project root:

    python3 tools/make-hostile.py /tmp/hostile      # about 75 MB on disk, about 25 s
    python3 tools/make-hostile.py --pdf-pages 2000 /tmp/rows-2000.pdf   # one PDF of N pages of "row 1 2 3"

Writes one file per case into the folder, plus copies of the five samples, so that
`nianbao check /tmp/hostile` runs every case in one batch.
"""

import html
import sys
import zipfile
import zlib
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LINXIA = (SAMPLES / "linxia-city-2023.txt").read_text(encoding="utf-8")


def docx(path, document_xml_chunks):
    """A DOCX whose word/document.xml is the concatenation of the chunks (streamed, so gigabytes stay cheap)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        with z.open("word/document.xml", "w", force_zip64=True) as w:
            for chunk in document_xml_chunks:
                w.write(chunk)


W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'


def one_huge_text(total):
    yield W + b"<w:p><w:r><w:t>"
    block = b"a" * (1 << 20)
    for _ in range(total >> 20):
        yield block
    yield b"</w:t></w:r></w:p></w:body></w:document>"


def many_paragraphs(total):
    yield W
    para = b"<w:p><w:r><w:t>\xe6\x94\xbf\xe5\xba\x9c</w:t></w:r></w:p>" * 20000
    for _ in range(total // len(para)):
        yield para
    yield b"</w:body></w:document>"


def pdf(pages):
    """A PDF of `pages` pages sharing one content stream and one font (a few MB for 100,000 pages)."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    content = b"BT /F1 12 Tf 72 720 Td (row 1 2 3) Tj ET"
    objects[4] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    kids = []
    for i in range(pages):
        n = 5 + i
        kids.append(b"%d 0 R" % n)
        objects[n] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += b"%010d 00000 n \n" % offsets[n]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def xlsx_bytes():
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    return buf.getvalue()


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    for s in sorted(SAMPLES.glob("*.txt")):
        (out / s.name).write_bytes(s.read_bytes())
    w = lambda name, data: (out / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    # 1. Exceptions that are not input errors.
    w("fullwidth-date.txt", LINXIA.replace("\n", "\n发布日期：2024年１月５日\n", 1))
    w("fullwidth-pubdate.html", '<html><head><meta charset="utf-8"><meta name="PubDate" content="2024年１月５日">'
      '</head><body>' + "".join("<p>" + html.escape(l) + "</p>" for l in LINXIA.splitlines()) + '</body></html>')
    w("long-figure.txt", LINXIA.replace("一、总体情况\n", "一、总体情况\n本年度共收到政府信息公开申请999999999999999999999999999999件。\n", 1))
    docx(out / "bomb-one-text.docx", one_huge_text(2200 << 20))
    # 2. Decompression.
    docx(out / "bomb-paragraphs.docx", many_paragraphs(2200 << 20))
    # 3. Span amplification: 1,000 cells of rowspan=500 colspan=100.
    w("span-bomb.html", "<html><body><table>" + "<tr>" + '<td rowspan="500" colspan="100">1</td>' * 1000 + "</tr></table></body></html>")
    # 4. Deep nesting and many pages.
    w("deep-div.html", "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>")
    w("pages-100k.pdf", pdf(100_000))
    # 5, 6. Encodings.
    b = LINXIA.encode("utf-8")
    w("utf8-one-bad-byte.txt", b[:2000] + b"\xff" + b[2000:])
    w("utf8-cut.txt", b[: len(b) - 1] if b[-1] >= 0x80 else b + "报".encode("utf-8")[:2])
    g = LINXIA.encode("gb18030")
    w("gbk-bad-bytes.txt", g[:3000] + b"\x81\x20\x81\x20" + g[3000:])
    # 10. Misleading messages.
    w("utf16le-nobom.txt", LINXIA.encode("utf-16-le"))
    w("utf16be-nobom.txt", LINXIA.encode("utf-16-be"))
    i = b.index("新收政府信息公开申请数量".encode("utf-8"))
    j = b.index(b"24", i)
    w("nul-in-number.txt", b[:j] + b"2\x004" + b[j + 2:])
    w("broken-ole.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"garbage" * 100)
    w("spreadsheet.docx", xlsx_bytes())
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("统计表.xlsx", xlsx_bytes())
    w("zip-holding-xlsx.docx", buf.getvalue())
    # 12. Concatenated reports: 50 MB of the sample back to back.
    w("concatenated.txt", LINXIA * (50_000_000 // len(b) + 1))
    print(f"wrote {len(list(out.iterdir()))} files into {out}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--pdf-pages":
        Path(sys.argv[3]).write_bytes(pdf(int(sys.argv[2])))
    else:
        main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/hostile"))
