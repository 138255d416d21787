using System.Globalization;
using System.Text;

namespace Nianbao.Synthesis;

/// <summary>What a scan of the signed paper copy does to its pages (docs/ocr.md §6): the defects a poor scanner adds,
/// one at a time or together.</summary>
[Flags]
enum ScanDefect
{
    /// <summary>A clean scan.</summary>
    None = 0,
    /// <summary>Every page skewed by 0.3–2°, each its own way (a sheet fed askew).</summary>
    Skew = 1,
    /// <summary>Grain (Gaussian noise), speckles (impulse noise) and JPEG re-compression at quality 40.</summary>
    Noise = 2,
    /// <summary>Low contrast on a grey background: paper at about 72 % white, ink at about 25 %, a slight shading
    /// across the page.</summary>
    Contrast = 4,
    /// <summary>A semi-transparent red official seal (公章: ring, star, text) stamped on every page, over part of the
    /// table or the text.</summary>
    Seal = 8,
    /// <summary>Ruling lines faint (grey instead of black) and broken: short gaps every 0.25 to 1 inch.</summary>
    Lines = 16,
    /// <summary>The third page (a table's, in the samples) turned upside down (fed the wrong way round).</summary>
    Upside = 32,
    /// <summary>Every defect at once.</summary>
    All = Skew | Noise | Contrast | Seal | Lines | Upside,
}

/// <summary>
/// Adds <see cref="ScanDefect"/>s to a scanned page, deterministically from a seed: the ruling lines are found and
/// broken here (runs of dark pixels long enough to be rules), the rest is ImageMagick (Debian's <c>imagemagick</c>:
/// seal drawn on a white layer and multiplied in, rotation, levels, noise with <c>-seed</c>, JPEG).
/// </summary>
static class ScanDefects
{
    /// <summary>The page <paramref name="ppm"/> (a colour PPM from pdftoppm) with the defects, written to
    /// <paramref name="output"/> (JPEG when <see cref="ScanDefect.Noise"/> is among them, else PNG).</summary>
    public static void Apply(string ppm, int page, int dpi, ScanDefect defects, int seed, string output)
    {
        var random = new Random(seed * 1009 + page);
        if (defects.HasFlag(ScanDefect.Lines)) BreakLines(ppm, dpi, random);
        var (w, h) = Size(ppm);
        var args = new List<string> { ppm };
        if (defects.HasFlag(ScanDefect.Seal)) args.AddRange(Seal(w, h, dpi, random));
        if (defects.HasFlag(ScanDefect.Upside) && page == 2) args.AddRange(["-rotate", "180"]);
        if (defects.HasFlag(ScanDefect.Skew))
        {
            var angle = (0.3 + random.NextDouble() * 1.7) * (random.Next(2) == 0 ? -1 : 1);
            args.AddRange(["-background", "white", "-rotate", F(angle), "-gravity", "center", "-extent", $"{w}x{h}", "+repage"]);
        }
        if (defects.HasFlag(ScanDefect.Contrast))
            args.AddRange(["(", "-size", $"{w}x{h}", "gradient:gray(100%)-gray(88%)", ")", "-compose", "Multiply", "-composite", "-compose", "Over",
                "+level", "25%,74%"]);
        if (defects.HasFlag(ScanDefect.Noise))
            args.AddRange(["-seed", (seed * 31 + page).ToString(CultureInfo.InvariantCulture), "-attenuate", "0.5", "+noise", "Gaussian",
                "-attenuate", "0.04", "+noise", "Impulse", "-quality", "40"]);
        if (!defects.HasFlag(ScanDefect.Seal)) args.AddRange(["-colorspace", "Gray"]);
        args.Add(output);
        PrintScanner.Run("convert", args);
    }

    static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>The seal's drawing: a red layer (ring, five-pointed star, the unit's name around the top, 公章 below)
    /// multiplied into the page, so black print under it stays black.</summary>
    static IEnumerable<string> Seal(int w, int h, int dpi, Random random)
    {
        var r = dpi * 0.8;   // a seal is about 4 cm across
        var (cx, cy) = (w * (0.35 + 0.35 * random.NextDouble()), h * (0.25 + 0.5 * random.NextDouble()));
        var draw = new StringBuilder();
        draw.Append(CultureInfo.InvariantCulture, $"circle {F(cx)},{F(cy)} {F(cx + r)},{F(cy)} ");
        var star = new StringBuilder("polygon");
        for (var k = 0; k < 10; k++)
        {
            var a = -Math.PI / 2 + k * Math.PI / 5;
            var rr = k % 2 == 0 ? r * 0.3 : r * 0.12;
            star.Append(CultureInfo.InvariantCulture, $" {F(cx + rr * Math.Cos(a))},{F(cy + rr * Math.Sin(a))}");
        }
        const string name = "某某县人民政府办公室";
        var size = r * 0.26;
        var text = new StringBuilder();
        for (var k = 0; k < name.Length; k++)
        {
            var a = -215 + k * 250.0 / (name.Length - 1);
            var (x, y) = (cx + r * 0.72 * Math.Cos(a * Math.PI / 180), cy + r * 0.72 * Math.Sin(a * Math.PI / 180));
            text.Append(CultureInfo.InvariantCulture, $"push graphic-context translate {F(x)},{F(y)} rotate {F(a + 90)} text {F(-size / 2)},{F(size / 2)} '{name[k]}' pop graphic-context ");
        }
        text.Append(CultureInfo.InvariantCulture, $"text {F(cx - size * 1.5)},{F(cy + r * 0.62)} '公开专用章'");
        var colour = random.Next(2) == 0 ? "rgb(222,48,52)" : "rgb(235,70,60)";
        return ["(", "-size", $"{w}x{h}", "xc:white", "-fill", "none", "-stroke", colour, "-strokewidth", F(dpi / 28.0), "-draw", draw.ToString(),
            "-stroke", "none", "-fill", colour, "-draw", star.ToString(), "-font", Font(), "-pointsize", F(size * 72 / dpi), "-density", dpi.ToString(CultureInfo.InvariantCulture),
            "-draw", text.ToString(), ")", "-compose", "Multiply", "-composite", "-compose", "Over"];
    }

    /// <summary>A CJK font for the seal's text (fontconfig's match for WenQuanYi Micro Hei, which ./test.sh installs).</summary>
    static string Font()
    {
        var file = PrintScanner.Run("fc-match", ["-f", "%{file}", "WenQuanYi Micro Hei:lang=zh-cn"]);
        return file.Length > 0 ? file : throw new InvalidOperationException("fc-match found no CJK font for the seal");
    }

    /// <summary>Finds the ruling lines (horizontal runs of dark pixels at least ⅓ inch long, vertical ones at least ¼
    /// inch) and makes them faint (mid grey) and broken (white gaps of 1/100 to 1/30 inch every 0.25 to 1 inch),
    /// the gaps at the same places along every pixel row of a rule so they cut it through.</summary>
    static void BreakLines(string ppm, int dpi, Random random)
    {
        var (w, h, header, pixels) = ReadPpm(ppm);
        bool Dark(int x, int y) { var i = 3 * (y * w + x); return pixels[i] + pixels[i + 1] + pixels[i + 2] < 3 * 128; }
        bool[] Gaps(int length)
        {
            var gaps = new bool[length];
            for (var at = (int)(dpi * random.NextDouble() * 0.5); at < length; at += (int)(dpi * (0.25 + random.NextDouble() * 0.75)))
                for (var k = 0; k < dpi / 100 + random.Next(dpi / 30 - dpi / 100 + 1) && at + k < length; k++) gaps[at + k] = true;
            return gaps;
        }
        var (gx, gy) = (Gaps(w), Gaps(h));
        // Rule pixels along each direction; a crossing (both) is left whole.
        var along = new[] { new bool[w * h], new bool[w * h] };
        // Dark runs of at least `least` pixels along each of `lines` lines of `length` pixels; at(line, i) is (x, y).
        void Runs(bool[] into, int lines, int length, int least, Func<int, int, (int X, int Y)> at)
        {
            for (var line = 0; line < lines; line++)
                for (int i = 0, start; i < length; )
                {
                    if (!Dark(at(line, i).X, at(line, i).Y)) { i++; continue; }
                    start = i;
                    while (i < length && Dark(at(line, i).X, at(line, i).Y)) i++;
                    if (i - start >= least) for (var k = start; k < i; k++) { var (x, y) = at(line, k); into[y * w + x] = true; }
                }
        }
        Runs(along[0], h, w, dpi / 3, (y, x) => (x, y));
        Runs(along[1], w, h, dpi / 4, (x, y) => (x, y));
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                var (horizontal, vertical) = (along[0][y * w + x], along[1][y * w + x]);
                if (!horizontal && !vertical) continue;
                var cut = horizontal && !vertical && gx[x] || vertical && !horizontal && gy[y];
                var i = 3 * (y * w + x);
                pixels[i] = pixels[i + 1] = pixels[i + 2] = cut ? (byte)255 : (byte)140;
            }
        using var stream = File.Create(ppm);
        stream.Write(header);
        stream.Write(pixels);
    }

    static (int W, int H) Size(string ppm) { var (w, h, _, _) = ReadPpm(ppm, header: true); return (w, h); }

    /// <summary>Reads a binary PPM (P6, maxval 255) as pdftoppm writes it.</summary>
    static (int W, int H, byte[] Header, byte[] Pixels) ReadPpm(string path, bool header = false)
    {
        using var stream = File.OpenRead(path);
        var fields = new List<string>();
        var sb = new StringBuilder();
        while (fields.Count < 4)
        {
            var b = stream.ReadByte();
            if (b < 0) throw new InvalidDataException($"{path}: truncated PPM");
            if (b == '#') { while (b >= 0 && b != '\n') b = stream.ReadByte(); continue; }
            if (char.IsWhiteSpace((char)b)) { if (sb.Length > 0) { fields.Add(sb.ToString()); sb.Clear(); } continue; }
            sb.Append((char)b);
        }
        if (fields[0] != "P6" || fields[3] != "255") throw new InvalidDataException($"{path}: not an 8-bit binary PPM");
        var (w, h) = (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[2], CultureInfo.InvariantCulture));
        if (header) return (w, h, [], []);
        var head = Encoding.ASCII.GetBytes($"P6\n{w} {h}\n255\n");
        var pixels = new byte[checked(3 * w * h)];
        stream.ReadExactly(pixels);
        return (w, h, head, pixels);
    }
}
