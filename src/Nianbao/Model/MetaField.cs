namespace Nianbao.Model;

/// <summary>A metadata value as stated in the source (dates normalised to yyyy-MM-dd).</summary>
/// <param name="Key">The codebook key.</param>
/// <param name="Value">The value as stated.</param>
/// <param name="Source">Where it was read.</param>
public sealed record MetaField(string Key, string Value, Provenance? Source)
{
    /// <summary>Read by OCR from a scan: the lowest confidence (0–100) Tesseract gave a character of the value; null
    /// for every other source (docs/ocr.md §3).</summary>
    public int? OcrConfidence { get; init; }
}
