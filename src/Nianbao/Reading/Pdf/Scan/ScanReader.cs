using System.Globalization;
using Nianbao.Documents;
using Nianbao.Model;
using Nianbao.Normalizing;

namespace Nianbao.Reading.Pdf.Scan;

/// <summary>
/// A PDF without a text layer (a scan), read through OCR (docs/ocr.md): every page rasterised by pdftoppm, the ruled
/// tables found from their lines (<see cref="RulingGrid"/>) and each cell read on its own by Tesseract; what is outside
/// the tables is read as lines of text. A cell that reads as a number is read twice — by the Chinese model and by a
/// digits-only pass — and is certain only when both agree and Tesseract's confidence is high; otherwise the cell is
/// marked uncertain (never a guessed number): extraction leaves it null with NB-P-OCR-UNSURE and its OCR reading, and
/// reconciling may confirm that reading from the table's identities. The result is the same tables-and-lines
/// document as every other reader gives, so the same extraction runs after it.
/// </summary>
internal static class ScanReader
{
    const string Language = "chi_sim";

    /// <summary>The third model, for the few cells the first two do not settle: trained apart, it reads digits as well.</summary>
    const string OtherLanguage = "chi_tra";

    public static SourceDocument Read(byte[] pdf, string source, IReadOnlyList<PdfPage> pages, InputLimits limits, string? searchPath = null)
    {
        var exe = Tesseract.Find(searchPath);
        var tesseract = exe is null ? null : new Tesseract(exe);
        if (tesseract is null || !tesseract.Has(Language, OtherLanguage)) throw new InputException("NB-INPUT-SCANNED");
        var pdftoppm = ExternalTool.Find("pdftoppm", searchPath)
            ?? throw new InputException("NB-INPUT-TOOL-MISSING", ("kind", "PDF"), ("tool", "pdftoppm"), ("package", "poppler-utils"));
        if (pages.Count > limits.MaxOcrPages) throw InputLimits.Exceeded("NB-INPUT-LIMIT-OCR-PAGES", "ocr-pages", pages.Count, limits.MaxOcrPages);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(limits.MaxOcrSeconds);
        // A page is rasterised at the limit's resolution, or lower where that would pass 40 million pixels.
        var largest = pages.Count == 0 ? 0 : pages.Max(p => Math.Max(1, p.Width) * Math.Max(1, p.Height));
        var dpi = (int)Math.Min(limits.OcrDpi, Math.Sqrt(MaxPagePixels / largest) * 72);
        var dir = Directory.CreateTempSubdirectory("nianbao-ocr-");
        try
        {
            var file = Path.Combine(dir.FullName, "scan.pdf");
            File.WriteAllBytes(file, pdf);
            // In colour: a red seal drops out when the page is made grey (GrayImage.ReadPgm).
            var run = ExternalTool.Run(pdftoppm, ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-l",
                pages.Count.ToString(CultureInfo.InvariantCulture), file, Path.Combine(dir.FullName, "page")], Remaining(deadline, limits));
            if (run.TimedOut) throw TimeLimit(limits);
            if (run.ExitCode != 0) throw new InputException("NB-INPUT-UNREADABLE", ("reason", $"pdftoppm exit code {run.ExitCode}"));
            var images = Directory.GetFiles(dir.FullName, "page-*.p?m").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
            var document = new Builder(dir.FullName, dpi, tesseract, deadline).Read(images);
            var doc = new SourceDocument { Source = source, Kind = "pdf", Blocks = document.Blocks };
            doc.Findings.Add(Finding.Create("NB-P-OCR", null, ("pages", images.Count), ("dpi", dpi), ("cells", document.Cells),
                ("unsure", document.Unsure), ("reread", document.Reread),
                ("skewed", document.Steps.Count(s => s.Skew != 0)), ("levelled", document.Steps.Count(s => s.Levelled)),
                ("despeckled", document.Steps.Count(s => s.Despeckled)), ("turned", document.Turned)));
            return doc;
        }
        catch (TimeoutException) { throw TimeLimit(limits); }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Pixels of one page image at most (an A4 page at 300 dpi has 8.7 million).</summary>
    const double MaxPagePixels = 40e6;

    static TimeSpan Remaining(DateTime deadline, InputLimits limits)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : throw TimeLimit(limits);
    }

    static InputException TimeLimit(InputLimits limits) =>
        InputLimits.Exceeded("NB-INPUT-LIMIT-OCR-TIME", "ocr-seconds", $"> {limits.MaxOcrSeconds}", limits.MaxOcrSeconds);

    sealed record Outcome(List<Block> Blocks, int Cells, int Unsure, int Reread, PageCleanup.Steps[] Steps, int Turned);

    /// <summary>Tesseract's orientation confidence from which a page it finds upside down is turned (measured: 3–6 for
    /// pages scanned upside down, below 1 where it wrongly said so of a page with little text; docs/ocr.md §6).</summary>
    const double MinOrientation = 1.5;

    /// <summary>Turns the page images into blocks: tables from the grids, lines from the rest.</summary>
    sealed class Builder(string dir, int dpi, Tesseract tesseract, DateTime deadline)
    {
        readonly List<string> crops = [];
        readonly List<(int Page, int Table, GridCell Cell)> cellOf = [];
        readonly List<string> textPages = [];
        readonly List<List<GridTable>> tablesOf = [];

        double Pt(int px) => Math.Round(px * 72.0 / dpi, 1);

        /// <summary>Pixels of the page image per pixel of the running-text image.</summary>
        readonly int textScale = dpi >= 250 ? 2 : 1;

        public Outcome Read(List<string> images)
        {
            // Each page evened out, despeckled and straightened where it needs it, then turned the right way up where
            // Tesseract finds it upside down (docs/ocr.md §6).
            var steps = new PageCleanup.Steps[images.Count];
            var small = new List<string>();
            var rulesOf = new string?[images.Count];
            for (var p = 0; p < images.Count; p++)
            {
                var (clean, rules, done) = PageCleanup.Prepare(GrayImage.ReadPgm(images[p]), dpi);
                steps[p] = done;
                File.Delete(images[p]);
                images[p] = Path.Combine(dir, $"clean{p}.pgm");
                clean.WritePgm(images[p]);
                if (!ReferenceEquals(rules, clean)) rules.WritePgm(rulesOf[p] = Path.Combine(dir, $"rules{p}.pgm"));
                small.Add(Path.Combine(dir, $"osd{p}.pgm"));
                clean.Reduce(Math.Max(1, dpi / 100)).WritePgm(small[^1]);
            }
            var turns = tesseract.Orientation(small, deadline);
            var turned = new List<int>();
            for (var p = 0; p < images.Count; p++)
            {
                var image = GrayImage.ReadPgm(images[p]);
                var rules = rulesOf[p] is { } r ? GrayImage.ReadPgm(r) : image;
                if (turns[p] is { Rotate: 180, Confidence: >= MinOrientation })
                {
                    image = PageCleanup.Turn(image, 180);
                    rules = rulesOf[p] is null ? image : PageCleanup.Turn(rules, 180);
                    turned.Add(p + 1);
                }
                var tables = RulingGrid.Find(rules, dpi);
                tablesOf.Add(tables);
                for (var t = 0; t < tables.Count; t++)
                    foreach (var cell in tables[t].Cells)
                    {
                        if (image.InkBox(cell.X0, cell.Y0, cell.X1, cell.Y1, Math.Max(4, dpi / 30)) is not { } ink) continue;
                        var path = Path.Combine(dir, $"c{crops.Count}.pgm");
                        image.WritePgm(path, ink.X0, ink.Y0, ink.X1, ink.Y1, pad: dpi / 15);
                        crops.Add(path);
                        cellOf.Add((p, t, cell));
                    }
                var text = Path.Combine(dir, $"t{p}.pgm");
                var margin = dpi / 50;
                // Running text reads as well at half the resolution, in half the time.
                var rest = image.Without(tables.Select(t => (t.X0 - margin, t.Y0 - margin, t.X1 + margin, t.Y1 + margin)));
                (textScale == 2 ? rest.Half() : rest).WritePgm(text, 0, 0, image.Width / textScale, image.Height / textScale, 0);
                textPages.Add(text);
                File.Delete(images[p]);
            }
            // Every cell by the Chinese model; the cells that may hold a number (they read as one, or as nothing
            // legible though they hold ink) again by the Latin model, digits only; those two did not settle by the
            // traditional Chinese model (docs/ocr.md §2).
            var first = tesseract.Recognise(crops, Language, 6, deadline);
            var general = first.Select(w => Join(w)).ToArray();
            var maybe = Enumerable.Range(0, crops.Count).Where(i => CellReading.Classify(general[i]) != CellReading.Kind.Text).ToList();
            var digits = Again(maybe, "eng", DigitChars);
            var other = Again(maybe.Where(i => !CellReading.Settled(general[i], digits[i])).ToList(), OtherLanguage, null);
            var lines = tesseract.Recognise(textPages, Language, 4, deadline);
            CheckValues(lines);

            var cellText = new Dictionary<(int, int, GridCell), CellReading>();
            int unsure = 0, reread = 0;
            for (var i = 0; i < crops.Count; i++)
            {
                var apart = CellReading.Apart(first[i]) || CellReading.Apart(digits.GetValueOrDefault(i)) || CellReading.Apart(other.GetValueOrDefault(i));
                var read = CellReading.Decide(general[i], digits.GetValueOrDefault(i), other.GetValueOrDefault(i), apart);
                if (read.Unsure) unsure++;
                if (read.Reread is not null) reread++;
                cellText[(cellOf[i].Page, cellOf[i].Table, cellOf[i].Cell)] = read;
            }
            var pages = Enumerable.Range(0, images.Count).Select(p =>
                tablesOf[p].Select((t, k) => (Y: (double)t.Y0, Block: (Block)Table(p, k, cellText)))
                    .Concat(Lines(p, lines[p]).Select(l => (l.Y, Block: (Block)l.Line))).ToList());
            var blocks = RuledTables.InReadingOrder(pages);
            return new Outcome(blocks, crops.Count, unsure, reread, steps, turned.Count);
        }

        /// <summary>At most this many words of "label: value" lines are read again (an information block has a few).</summary>
        const int MaxValueWords = 80;

        /// <summary>
        /// The values of "label: value" lines of running text (the information block: 索引号：…, 成文日期：…): each word
        /// from the colon on that holds a Latin letter or a digit is read again on its own by the traditional Chinese
        /// model, as a cell's number is (docs/ocr.md §3). Where that reading is another text (compared as matching copies: 縣 is 县) or below the cells'
        /// confidence, the word's confidence becomes 0, so a metadata field read from it carries a finding: the page's
        /// model read an index number's `O` as `0` at 90, the traditional one read `O`.
        /// </summary>
        void CheckValues(List<OcrWord>[] lines)
        {
            var targets = new List<(int Page, int Word)>();
            for (var p = 0; p < lines.Length; p++)
                foreach (var line in lines[p].Select((w, i) => (w, i)).GroupBy(x => x.w.Line))
                {
                    var ordered = line.OrderBy(x => x.w.Left).ToList();
                    var colon = ordered.FindIndex(x => x.w.Text.IndexOfAny([':', '：']) >= 0);
                    if (colon < 0) continue;
                    var from = ordered[colon].w.Text.TrimEnd().EndsWith(':') || ordered[colon].w.Text.TrimEnd().EndsWith('：') ? colon + 1 : colon;
                    // Words with a Latin letter or a digit (index numbers, dates): the traditional model reads CJK words
                    // in its own script and often below the threshold, so for those the page model's confidence decides.
                    targets.AddRange(ordered.Skip(from).Where(x => x.w.Text.Any(char.IsAsciiLetterOrDigit)).Select(x => (p, x.i)));
                }
            if (targets.Count == 0) return;
            targets = targets.Take(MaxValueWords).ToList();
            var paths = new List<string>();
            foreach (var page in targets.GroupBy(t => t.Page))
            {
                var image = GrayImage.ReadPgm(textPages[page.Key]);
                foreach (var (p, i) in page)
                {
                    var w = lines[p][i];
                    var path = Path.Combine(dir, $"v{paths.Count}.pgm");
                    image.WritePgm(path, Math.Max(0, w.Left), Math.Max(0, w.Top), Math.Min(image.Width, w.Left + w.Width), Math.Min(image.Height, w.Top + w.Height), pad: 10);
                    paths.Add(path);
                }
            }
            targets = targets.OrderBy(t => t.Page).ToList();   // the order the crops were written in
            var again = tesseract.Recognise(paths, OtherLanguage, 7, deadline);
            for (var k = 0; k < targets.Count; k++)
            {
                var (p, i) = targets[k];
                var w = lines[p][i];
                var same = again[k].Count > 0 && again[k].All(a => a.Confidence >= CellReading.MinConfidence)
                    && TextNormalizer.Normalize(Join(again[k]), false).Text == TextNormalizer.Normalize(w.Text, false).Text;
                if (!same) lines[p][i] = w with { Confidence = 0 };
            }
        }

        /// <summary>The given crops read again by another model (restricted to the whitelist's characters where one is
        /// given), one line each.</summary>
        Dictionary<int, List<OcrWord>> Again(List<int> cells, string language, string? whitelist)
        {
            var words = tesseract.Recognise(cells.Select(i => crops[i]).ToList(), language, 7, deadline, whitelist);
            return cells.Select((i, k) => (i, k)).ToDictionary(x => x.i, x => words[x.k]);
        }

        TableBlock Table(int page, int t, Dictionary<(int, int, GridCell), CellReading> text)
        {
            var grid = tablesOf[page][t];
            var labels = grid.Cells.Where(c => c.Column == 0).ToList();
            return RuledTables.Build(grid, c =>
            {
                // A cell without ink has no reading: blank.
                var inked = text.TryGetValue((page, t, c), out var r);
                var read = inked ? r : new CellReading("", null, false, null);
                // A number in a cell running over rows that the first column keeps apart: the rule between two rows'
                // cells was lost in the scan (docs/ocr.md §6), and the number belongs to one of them, not to both.
                var crossing = inked && c.Column > 0 && c.RowSpan > 1 && CellReading.Classify(read.Raw) != CellReading.Kind.Text
                    && labels.Count(l => l.Row < c.Row + c.RowSpan && l.Row + l.RowSpan > c.Row) > 1;
                return new Cell(read.Raw, read.Text ?? TextNormalizer.Normalize(read.Raw, false).Text, new Provenance("ocr") { Page = page + 1, X = Pt(c.X0), Y = Pt(c.Y0) })
                    { Uncertain = read.Unsure || crossing, Reread = crossing ? null : read.Reread };
            });
        }

        IEnumerable<(double Y, LineBlock Line)> Lines(int page, List<OcrWord> words)
        {
            var n = 0;
            foreach (var line in words.GroupBy(w => w.Line).OrderBy(g => g.Min(w => w.Top)))
            {
                var confidence = new List<byte>();
                var raw = Join(line.ToList(), confidence);
                if (raw.Length == 0) continue;
                var first = line.MinBy(w => w.Left);
                // Each character keeps its word's confidence: metadata read from the line says when OCR was unsure of it.
                yield return (line.Min(w => w.Top) * textScale, new LineBlock(new Cell(raw, TextNormalizer.Normalize(raw, false).Text,
                    new Provenance("ocr") { Page = page + 1, Line = ++n, X = Pt(first.Left * textScale), Y = Pt(first.Top * textScale) }) { Confidence = confidence }));
            }
        }
    }

    const string DigitChars = "0123456789.-";

    /// <summary>Words joined in reading order: a space only between two Latin letters or digits; lines joined
    /// directly (a label wrapped in its cell is one label).</summary>
    static string Join(List<OcrWord> words, List<byte>? confidence = null)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var line in words.GroupBy(w => w.Line))
            foreach (var w in line.OrderBy(w => w.Left))
            {
                if (sb.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(w.Text[0]))
                {
                    sb.Append(' ');
                    confidence?.Add(100);
                }
                sb.Append(w.Text);
                for (var i = 0; i < w.Text.Length; i++) confidence?.Add((byte)Math.Clamp(Math.Round(w.Confidence), 0, 100));
            }
        return sb.ToString();
    }

}
