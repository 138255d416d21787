using Nianbao.Model;

namespace Nianbao.Reading;

/// <summary>
/// Every limit on an input, stated in one place and checked before the work it bounds starts (docs/limits.md).
/// An input past a limit is refused with <see cref="InputException"/> and the limit's finding code, whose message
/// names the limit, its value and the option that raises it. Defaults sit far above any real annual report and
/// keep one file's time linear and its memory within a small multiple of its size.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The default limits (each documented on its property and in docs/limits.md).</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Bytes of one input file (NB-INPUT-LIMIT-FILE). A file is read with a bounded read, so a
    /// device or an endless stream stops here too.</summary>
    public long MaxFileBytes { get; init; } = 64L << 20;

    /// <summary>Bytes all entries of a DOCX (ZIP) package inflate to, from the sizes the package declares, checked
    /// before anything is inflated; an entry never inflates past its declared size (NB-INPUT-LIMIT-ZIP-SIZE).</summary>
    public long MaxZipBytes { get; init; } = 256L << 20;

    /// <summary>Bytes the XML parts of a DOCX inflate to, from their declared sizes, before anything is inflated
    /// (NB-INPUT-LIMIT-XML-SIZE). The Word SDK holds a part as a tree of about 20 bytes of memory per byte of XML and
    /// builds it at about 2 MB a second, so this, not the file size, bounds a DOCX's time and memory; a long report's
    /// XML is a few megabytes (images are not XML).</summary>
    public long MaxXmlBytes { get; init; } = 16L << 20;

    /// <summary>Entries of a DOCX (ZIP) package (NB-INPUT-LIMIT-ZIP-ENTRIES).</summary>
    public int MaxZipEntries { get; init; } = 10_000;

    /// <summary>Element nesting depth of the XML parts of a DOCX (NB-INPUT-LIMIT-XML-DEPTH).</summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>Bytes of a web page (NB-INPUT-LIMIT-HTML-SIZE), checked before it is decoded: AngleSharp's tree
    /// takes about 35 bytes of memory per byte of page, so this, not the file size, bounds a page's memory. Report
    /// pages, site chrome included, are well under 2 MB.</summary>
    public long MaxHtmlBytes { get; init; } = 16L << 20;

    /// <summary>Element nesting depth of a web page, estimated from its tags before it is parsed
    /// (NB-INPUT-LIMIT-HTML-DEPTH).</summary>
    public int MaxHtmlDepth { get; init; } = 512;

    /// <summary>Cells of one document: table cells once row and column spans are expanded, lines of text, PDF
    /// words (NB-INPUT-LIMIT-CELLS). Counted before each table grid is built (a text's separators before it is
    /// tokenized); each cell costs about 200 bytes with its provenance, so the default keeps a document's blocks
    /// under 1 GB. A national report has a few thousand.</summary>
    public long MaxCells { get; init; } = 4_000_000;

    /// <summary>Pages of a PDF, counted (pdfinfo) before its text is extracted (NB-INPUT-LIMIT-PDF-PAGES).</summary>
    public int MaxPdfPages { get; init; } = 500;

    /// <summary>Pages of a PDF without a text layer that are read by OCR (NB-INPUT-LIMIT-OCR-PAGES), checked before any
    /// page is rasterised. OCR costs a few seconds a page; a scanned report has a handful.</summary>
    public int MaxOcrPages { get; init; } = 40;

    /// <summary>Resolution in dots per inch at which a scanned page is rasterised for OCR (lowered for a page so large
    /// that it would pass 40 million pixels). 300 dpi reads table digits reliably; more costs time and memory.</summary>
    public int OcrDpi { get; init; } = 300;

    /// <summary>Seconds the OCR of one file may take in all (NB-INPUT-LIMIT-OCR-TIME): rasterising and every
    /// Tesseract run share this budget.</summary>
    public int MaxOcrSeconds { get; init; } = 300;

    /// <summary>Characters on one line of a text rendering or in one paragraph (NB-INPUT-LIMIT-LINE).</summary>
    public int MaxLineChars { get; init; } = 1_000_000;

    /// <summary>Digits in one number, in a table cell or the narrative (NB-P-VALUE-DIGITS): a count or amount
    /// with more digits is not read (null plus the finding). Fixed: 15 digits is what a long holds with room
    /// for sums, far past any real count. A row's values run together into one digit string are split only when
    /// the string has at most this many digits per cell of the row (NB-P-DIGIT-RUN).</summary>
    public const int MaxValueDigits = 15;


    /// <summary>The limits by their option names (file-mb, zip-mb, xml-mb, zip-entries, xml-depth, html-mb, html-depth,
    /// cells, pdf-pages, line-chars, ocr-pages, ocr-dpi, ocr-seconds), for <c>--limit NAME=VALUE</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["file-mb", "zip-mb", "xml-mb", "zip-entries", "xml-depth", "html-mb", "html-depth", "cells", "pdf-pages", "line-chars", "ocr-pages", "ocr-dpi", "ocr-seconds"];

    /// <summary>This set with one limit changed by name; null when the name is unknown or the value not a positive number.</summary>
    public InputLimits? With(string name, string value)
    {
        if (!long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) || v <= 0)
            return null;
        int Int() => (int)Math.Min(v, int.MaxValue);
        // Whole files are held in one array, so a file stays under 2 GB whatever is asked.
        long Mb(long cap) => Math.Min(v, cap >> 20) << 20;
        return name switch
        {
            "file-mb" => this with { MaxFileBytes = Mb(int.MaxValue - (1L << 20)) },
            "zip-mb" => this with { MaxZipBytes = Mb(long.MaxValue) },
            "xml-mb" => this with { MaxXmlBytes = Mb(long.MaxValue) },
            "html-mb" => this with { MaxHtmlBytes = Mb(long.MaxValue) },
            "zip-entries" => this with { MaxZipEntries = Int() },
            "xml-depth" => this with { MaxXmlDepth = Int() },
            "html-depth" => this with { MaxHtmlDepth = Int() },
            "cells" => this with { MaxCells = v },
            "pdf-pages" => this with { MaxPdfPages = Int() },
            "line-chars" => this with { MaxLineChars = Int() },
            "ocr-pages" => this with { MaxOcrPages = Int() },
            "ocr-dpi" => this with { OcrDpi = (int)Math.Clamp(v, 72, 600) },
            "ocr-seconds" => this with { MaxOcrSeconds = Int() },
            _ => null,
        };
    }

    /// <summary>The refusal for an input past a limit: the limit's code, the value found and the limit.</summary>
    internal static InputException Exceeded(string code, string option, object found, object limit, params (string Name, object? Value)[] more) =>
        new(code, [("found", found), ("limit", limit), ("option", option), .. more]);

    internal static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
