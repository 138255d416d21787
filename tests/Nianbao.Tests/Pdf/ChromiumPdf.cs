using System.Diagnostics;

namespace Nianbao.Tests.Pdf;

/// <summary>Prints HTML pages to PDF with headless Chromium (Debian chromium, CJK font fonts-wqy-microhei), as a
/// browser's "save as PDF" would: the PDFs have a real text layer with CJK glyphs.</summary>
static class ChromiumPdf
{
    public static string Executable =>
        new[] { "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium fonts-wqy-microhei; ./test.sh installs it)");

    public static void Print(string htmlPath, string pdfPath)
    {
        var profile = Directory.CreateTempSubdirectory("nianbao-chromium-");
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", $"--user-data-dir={profile.FullName}",
                "--no-pdf-header-footer", $"--print-to-pdf={pdfPath}", new Uri(htmlPath).AbsoluteUri,
            }) start.ArgumentList.Add(a);
            using var p = Process.Start(start)!;
            var stderr = p.StandardError.ReadToEndAsync();
            p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromSeconds(60))) { p.Kill(true); throw new TimeoutException($"chromium did not print {htmlPath}"); }
            if (!File.Exists(pdfPath)) throw new InvalidOperationException($"chromium wrote no PDF for {htmlPath}: {stderr.Result}");
        }
        finally { profile.Delete(recursive: true); }
    }
}
