using System.Globalization;
using System.Text;

namespace Nianbao.Reading.Pdf.Scan;

/// <summary>An 8-bit grey page image as pdftoppm writes it (<c>-gray</c>: binary PGM, P5), and the crops handed to
/// Tesseract, written back as PGM (Tesseract reads PNM through Leptonica).</summary>
sealed class GrayImage(int width, int height, byte[] pixels)
{
    /// <summary>Pixels darker than this are ink.</summary>
    public const byte Ink = 150;

    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    public bool Dark(int x, int y) => Pixels[y * Width + x] < Ink;

    /// <summary>Reads a binary PGM (P5) or PPM (P6), maxval ≤ 255. A colour pixel becomes its luminance, except a
    /// red one, which becomes its red channel: an official seal (red ink) turns light and drops out, while black print
    /// under it stays dark (docs/ocr.md §6).</summary>
    public static GrayImage ReadPgm(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        string Token()
        {
            var sb = new StringBuilder();
            while (true)
            {
                var b = stream.ReadByte();
                if (b < 0) break;
                if (b == '#') { while (b >= 0 && b != '\n') b = stream.ReadByte(); continue; }
                if (char.IsWhiteSpace((char)b)) { if (sb.Length > 0) break; continue; }
                sb.Append((char)b);
            }
            return sb.ToString();
        }
        var magic = Token();
        if (magic is not ("P5" or "P6")) throw new InvalidDataException("not a binary PGM or PPM");
        var w = int.Parse(Token(), CultureInfo.InvariantCulture);
        var h = int.Parse(Token(), CultureInfo.InvariantCulture);
        if (int.Parse(Token(), CultureInfo.InvariantCulture) > 255) throw new InvalidDataException("16-bit PNM");
        var pixels = new byte[checked(w * h)];
        if (magic == "P5")
        {
            stream.ReadExactly(pixels);
            return new GrayImage(w, h, pixels);
        }
        var row = new byte[checked(3 * w)];
        for (var y = 0; y < h; y++)
        {
            stream.ReadExactly(row);
            for (var x = 0; x < w; x++)
                pixels[y * w + x] = Gray(row[3 * x], row[3 * x + 1], row[3 * x + 2]);
        }
        return new GrayImage(w, h, pixels);
    }

    /// <summary>A red pixel: red stands out from both other channels by this much (seal ink is about 220, 40, 45;
    /// black print and grey paper have the three alike).</summary>
    const int Redness = 60;

    /// <summary>The grey level of a colour pixel: luminance (ITU-R BT.601, as pdftoppm -gray), or the red channel for a
    /// red pixel, so red ink is read as the paper it lies on.</summary>
    public static byte Gray(byte r, byte g, byte b) =>
        r - Math.Max(g, b) >= Redness ? r : (byte)((299 * r + 587 * g + 114 * b + 500) / 1000);

    /// <summary>The bounding box of the ink inside a rectangle (x1, y1 exclusive), or null when it holds fewer
    /// than <paramref name="minInk"/> ink pixels: a blank cell.</summary>
    public (int X0, int Y0, int X1, int Y1)? InkBox(int x0, int y0, int x1, int y1, int minInk)
    {
        int bx0 = int.MaxValue, by0 = int.MaxValue, bx1 = -1, by1 = -1, count = 0;
        for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
            for (var x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
                if (Dark(x, y))
                {
                    count++;
                    bx0 = Math.Min(bx0, x); by0 = Math.Min(by0, y); bx1 = Math.Max(bx1, x + 1); by1 = Math.Max(by1, y + 1);
                }
        return count < minInk ? null : (bx0, by0, bx1, by1);
    }

    /// <summary>Writes the whole image as a PGM.</summary>
    public void WritePgm(string path) => WritePgm(path, 0, 0, Width, Height, 0);

    /// <summary>Writes the rectangle (x1, y1 exclusive) as a PGM with a white margin of <paramref name="pad"/> pixels.</summary>
    public void WritePgm(string path, int x0, int y0, int x1, int y1, int pad)
    {
        var (w, h) = (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad);
        var data = new byte[w * h];
        Array.Fill(data, (byte)255);
        for (var y = y0; y < y1; y++)
            Array.Copy(Pixels, y * Width + x0, data, (y - y0 + pad) * w + pad, x1 - x0);
        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes($"P5\n{w} {h}\n255\n"));
        stream.Write(data);
    }

    /// <summary>The image at 1/<paramref name="k"/> of the resolution, each pixel the mean of a k×k square.</summary>
    public GrayImage Reduce(int k)
    {
        if (k <= 1) return this;
        var (w, h) = (Width / k, Height / k);
        var data = new byte[w * h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var sum = 0;
                for (var dy = 0; dy < k; dy++)
                    for (var dx = 0; dx < k; dx++) sum += Pixels[(k * y + dy) * Width + k * x + dx];
                data[y * w + x] = (byte)((sum + k * k / 2) / (k * k));
            }
        return new GrayImage(w, h, data);
    }

    /// <summary>The image at half the resolution, each pixel the mean of a 2×2 square.</summary>
    public GrayImage Half()
    {
        var (w, h) = (Width / 2, Height / 2);
        var data = new byte[w * h];
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var i = 2 * y * Width + 2 * x;
                data[y * w + x] = (byte)((Pixels[i] + Pixels[i + 1] + Pixels[i + Width] + Pixels[i + Width + 1] + 2) / 4);
            }
        return new GrayImage(w, h, data);
    }

    /// <summary>A copy with the given rectangles painted white (the tables, before the running text is read).</summary>
    public GrayImage Without(IEnumerable<(int X0, int Y0, int X1, int Y1)> rects)
    {
        var copy = (byte[])Pixels.Clone();
        foreach (var (x0, y0, x1, y1) in rects)
            for (var y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
                Array.Fill(copy, (byte)255, y * Width + Math.Max(0, x0), Math.Max(0, Math.Min(Width, x1) - Math.Max(0, x0)));
        return new GrayImage(Width, Height, copy);
    }
}
