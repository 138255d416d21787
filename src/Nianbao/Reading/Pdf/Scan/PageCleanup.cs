namespace Nianbao.Reading.Pdf.Scan;

/// <summary>
/// A scanned page made ready for the grid and the cells (docs/ocr.md §6), each step only where the page needs it, so a
/// clean scan is read exactly as before: a grey or shaded background evened out to white (the paper's level measured
/// block by block), speckles removed (a 3×3 median, where many dark pixels stand alone), and the skew of a sheet fed
/// askew measured from the rows of ink and turned back. What was done is returned, for the document's NB-P-OCR.
/// </summary>
static class PageCleanup
{
    /// <summary>The steps a page needed.</summary>
    /// <param name="Levelled">The background was grey or shaded and was evened out.</param>
    /// <param name="Despeckled">Speckles were removed.</param>
    /// <param name="Skew">The angle turned back, in degrees (0: none).</param>
    public readonly record struct Steps(bool Levelled, bool Despeckled, double Skew);

    /// <summary>The page made ready: the image the cells and text are read from, and the one the rules are found on
    /// (the same but where the page was despeckled: a median thins a faint rule away where grain has lightened it).</summary>
    public static (GrayImage Image, GrayImage Rules, Steps Steps) Prepare(GrayImage image, int dpi)
    {
        var levelled = Level(ref image, dpi);
        var rules = image;
        var despeckled = Despeckle(ref image);
        var angle = Skew(image, dpi);
        if (angle != 0)
        {
            image = Rotate(image, angle);
            rules = despeckled ? Rotate(rules, angle) : image;
        }
        return (image, despeckled ? rules : image, new Steps(levelled, despeckled, Math.Round(angle, 2)));
    }

    /// <summary>Paper whiter than this everywhere is left as it is.</summary>
    const int WhitePaper = 235;

    /// <summary>
    /// Evens out a grey or shaded background: the paper's level is the 90th percentile of each block of about half an
    /// inch (a block is mostly paper, even in a table or a paragraph), interpolated between blocks; every pixel is
    /// divided by it, so paper becomes white and ink keeps its contrast to the paper. Where the darkest ink is then
    /// still grey (low contrast), the levels are stretched so it is black. Done only when some block's paper is
    /// darker than <see cref="WhitePaper"/>.
    /// </summary>
    static bool Level(ref GrayImage image, int dpi)
    {
        var block = Math.Max(16, dpi / 2);
        int bw = (image.Width + block - 1) / block, bh = (image.Height + block - 1) / block;
        var paper = new double[bw * bh];
        var histogram = new int[256];
        for (var by = 0; by < bh; by++)
            for (var bx = 0; bx < bw; bx++)
            {
                Array.Clear(histogram);
                int x0 = bx * block, y0 = by * block, x1 = Math.Min(image.Width, x0 + block), y1 = Math.Min(image.Height, y0 + block);
                for (var y = y0; y < y1; y++)
                    for (var x = x0; x < x1; x++) histogram[image.Pixels[y * image.Width + x]]++;
                paper[by * bw + bx] = Percentile(histogram, (x1 - x0) * (y1 - y0), 0.9);
            }
        if (paper.Min() >= WhitePaper) return false;
        var pixels = new byte[image.Pixels.Length];
        var all = new int[256];
        for (var y = 0; y < image.Height; y++)
        {
            // Block centres around the pixel, bilinear between them.
            var fy = Math.Clamp((y + 0.5) / block - 0.5, 0, bh - 1);
            int y0 = (int)fy, y1 = Math.Min(bh - 1, y0 + 1);
            var ty = fy - y0;
            for (var x = 0; x < image.Width; x++)
            {
                var fx = Math.Clamp((x + 0.5) / block - 0.5, 0, bw - 1);
                int x0 = (int)fx, x1 = Math.Min(bw - 1, x0 + 1);
                var tx = fx - x0;
                var level = (paper[y0 * bw + x0] * (1 - tx) + paper[y0 * bw + x1] * tx) * (1 - ty) + (paper[y1 * bw + x0] * (1 - tx) + paper[y1 * bw + x1] * tx) * ty;
                var v = (byte)Math.Clamp(Math.Round(image.Pixels[y * image.Width + x] * 255.0 / Math.Max(1, level)), 0, 255);
                pixels[y * image.Width + x] = v;
                all[v]++;
            }
        }
        // The ink's level: the darkest half percent of the page. Stretched to black when grey.
        var ink = Percentile(all, pixels.Length, 0.005);
        if (ink > 40 && ink < 200)
        {
            var map = new byte[256];
            for (var v = 0; v < 256; v++) map[v] = (byte)Math.Clamp(Math.Round((v - ink) * 255.0 / (255 - ink)), 0, 255);
            for (var i = 0; i < pixels.Length; i++) pixels[i] = map[pixels[i]];
        }
        image = new GrayImage(image.Width, image.Height, pixels);
        return true;
    }

    static int Percentile(int[] histogram, int count, double share)
    {
        var want = (long)Math.Ceiling(count * share);
        long seen = 0;
        for (var v = 0; v < 256; v++)
            if ((seen += histogram[v]) >= want) return v;
        return 255;
    }

    /// <summary>The share of the paper's pixels (160 and lighter) that are grey (160–245), above which a page is
    /// grainy: print on white paper has only the edges of its strokes there (measured 0.2–4.4 % on the rendered pages,
    /// sealed or grey ones evened out included), grain and JPEG noise put a good part of the paper there (11–14 % with
    /// the Noise defect, 52–77 % with every defect; docs/ocr.md §6).</summary>
    const double Grainy = 0.08;

    /// <summary>A 3×3 median where the page is grainy: a speckle of a pixel or a few goes, strokes (two pixels and
    /// more wide at the reading resolution) stay.</summary>
    static bool Despeckle(ref GrayImage image)
    {
        int w = image.Width, h = image.Height;
        var p = image.Pixels;
        long light = 0, grey = 0;
        foreach (var level in p)
            if (level >= 160) { light++; if (level <= 245) grey++; }
        if (light == 0 || (double)grey / light < Grainy) return false;
        var result = (byte[])p.Clone();
        Span<byte> v = stackalloc byte[9];
        for (var y = 1; y < h - 1; y++)
            for (var x = 1; x < w - 1; x++)
            {
                var k = 0;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++) v[k++] = p[(y + dy) * w + x + dx];
                v.Sort();
                result[y * w + x] = v[4];
            }
        image = new GrayImage(w, h, result);
        return true;
    }

    /// <summary>The largest skew looked for, in degrees (a sheet fed askew is 0.3–2° off).</summary>
    const double MaxSkew = 4;

    /// <summary>A skew smaller than this (degrees) is left: it moves a rule a few pixels across a table, which the
    /// grid tolerates, and a page with little ink (a signature page) can show that much where it has none.</summary>
    const double MinSkew = 0.1;

    /// <summary>How much sharper the profile must be at the angle found than at 0 for the page to be turned.</summary>
    const double MinGain = 1.01;

    /// <summary>
    /// Measures the skew from the rows of ink — rules and lines of text are horizontal on the page, so the ink's
    /// profile along a slightly turned axis is sharpest at the page's own angle — first every 0.1° on a quarter-size
    /// copy, then every 0.01° around the best at half size: the angle to turn the page back by (0: leave it).
    /// </summary>
    static double Skew(GrayImage image, int dpi)
    {
        var (coarse, _) = Angle(image, 4, -MaxSkew, MaxSkew, 0.1);
        var (fine, gain) = Angle(image, 2, coarse - 0.12, coarse + 0.12, 0.01);
        return Math.Abs(fine) < MinSkew || gain < MinGain ? 0 : fine;
    }

    /// <summary>The angle (degrees) at which the ink's row profile, on a copy scaled down by <paramref name="scale"/>,
    /// is sharpest (the sum of squared counts per row), and how much sharper it is there than at 0.</summary>
    internal static (double Angle, double Gain) Angle(GrayImage image, int scale, double from, double to, double step)
    {
        var points = new List<(int X, int Y)>();
        for (var y = 0; y < image.Height; y += scale)
            for (var x = 0; x < image.Width; x += scale)
            {
                var any = false;
                for (var dy = 0; dy < scale && !any && y + dy < image.Height; dy++)
                    for (var dx = 0; dx < scale && x + dx < image.Width; dx++)
                        if (image.Pixels[(y + dy) * image.Width + x + dx] < GrayImage.Ink) { any = true; break; }
                if (any) points.Add((x / scale, y / scale));
            }
        if (points.Count == 0) return (0, 1);
        var rows = image.Height / scale + image.Width / scale + 2;
        var offset = image.Width / scale / 2 + 1;
        var counts = new int[rows + 2 * offset];
        double Score(double a)
        {
            Array.Clear(counts);
            var t = Math.Tan(a * Math.PI / 180);
            foreach (var (x, y) in points) counts[(int)Math.Round(y - x * t) + offset]++;
            double score = 0;
            foreach (var c in counts) score += (double)c * c;
            return score;
        }
        var (best, bestScore) = (0.0, -1.0);
        var steps = (int)Math.Round((to - from) / step);
        for (var k = 0; k <= steps; k++)
        {
            var a = from + k * step;
            var score = Score(a);
            if (score > bestScore || score == bestScore && Math.Abs(a) < Math.Abs(best)) (best, bestScore) = (a, score);
        }
        return (best, bestScore / Math.Max(1, Score(0)));
    }

    /// <summary>The image turned by <paramref name="degrees"/> about its centre the other way (a page skewed by that
    /// angle comes out straight), bilinear, white where nothing was.</summary>
    static GrayImage Rotate(GrayImage image, double degrees)
    {
        int w = image.Width, h = image.Height;
        var p = image.Pixels;
        var result = new byte[p.Length];
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        double cx = w / 2.0, cy = h / 2.0;
        for (var y = 0; y < h; y++)
            for (var x = 0; x < w; x++)
            {
                // The source of (x, y): the point turned by the skew angle.
                var sx = cos * (x - cx) - sin * (y - cy) + cx;
                var sy = sin * (x - cx) + cos * (y - cy) + cy;
                int x0 = (int)Math.Floor(sx), y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) { result[y * w + x] = 255; continue; }
                double tx = sx - x0, ty = sy - y0;
                var v = (p[y0 * w + x0] * (1 - tx) + p[y0 * w + x0 + 1] * tx) * (1 - ty) + (p[(y0 + 1) * w + x0] * (1 - tx) + p[(y0 + 1) * w + x0 + 1] * tx) * ty;
                result[y * w + x] = (byte)Math.Round(v);
            }
        return new GrayImage(w, h, result);
    }

    /// <summary>The image turned by a multiple of 90° clockwise (a page scanned upside down or sideways, as Tesseract's
    /// orientation detection reports it).</summary>
    public static GrayImage Turn(GrayImage image, int degrees)
    {
        int w = image.Width, h = image.Height;
        var p = image.Pixels;
        switch ((degrees % 360 + 360) % 360)
        {
            case 180:
                var flipped = (byte[])p.Clone();
                Array.Reverse(flipped);
                return new GrayImage(w, h, flipped);
            case 90:
            {
                var r = new byte[p.Length];
                for (var y = 0; y < h; y++)
                    for (var x = 0; x < w; x++) r[x * h + (h - 1 - y)] = p[y * w + x];
                return new GrayImage(h, w, r);
            }
            case 270:
            {
                var r = new byte[p.Length];
                for (var y = 0; y < h; y++)
                    for (var x = 0; x < w; x++) r[(w - 1 - x) * h + y] = p[y * w + x];
                return new GrayImage(h, w, r);
            }
            default:
                return image;
        }
    }
}
