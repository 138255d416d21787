using System.Diagnostics;
using System.Text;

namespace Nianbao.Tests.Converters;

/// <summary>
/// A conversion tool from Debian that researchers and crawlers run on the reports they collect (issue 10, docs/accuracy.md
/// "Real converters"): it turns every source file of one kind (HTML page or Word document) in a folder into a text or
/// Markdown file named <c>NAME.CONVERTER.EXT</c>. ./test.sh installs the programs; one missing fails the test, never skips it.
/// </summary>
public sealed record RealConverter(string Name, string From, string Extension, string Command)
{
    /// <summary>Every converter measured, with the command a user types (the figures table names them so).</summary>
    public static IReadOnlyList<RealConverter> All { get; } =
    [
        new("w3m", "html", "txt", "w3m -dump FILE.html"),
        new("lynx", "html", "txt", "lynx -dump -nolist FILE.html"),
        new("elinks", "html", "txt", "elinks -dump FILE.html"),
        new("links", "html", "txt", "links -dump FILE.html"),
        new("html2text", "html", "txt", "html2text -utf8 FILE.html"),
        new("html2markdown", "html", "md", "html2markdown FILE.html  (python3-html2text)"),
        new("pandoc-html-plain", "html", "txt", "pandoc -f html -t plain"),
        new("pandoc-html-gfm", "html", "md", "pandoc -f html -t gfm"),
        new("pandoc-html-markdown", "html", "md", "pandoc -f html -t markdown"),
        new("soffice-html-txt", "html", "txt", "soffice --headless --infilter=HTML --convert-to txt:\"Text (encoded)\":UTF8"),
        new("pandoc-docx-plain", "docx", "txt", "pandoc -f docx -t plain"),
        new("pandoc-docx-gfm", "docx", "md", "pandoc -f docx -t gfm"),
        new("docx2txt", "docx", "txt", "docx2txt FILE.docx OUT.txt"),
        new("soffice-docx-txt", "docx", "txt", "soffice --headless --convert-to txt:\"Text (encoded)\":UTF8"),
        new("pdftotext", "docx", "txt", "soffice --convert-to pdf; pdftotext FILE.pdf"),
        new("pdftotext-layout", "docx", "txt", "soffice --convert-to pdf; pdftotext -layout FILE.pdf"),
        new("pdftotext-raw", "docx", "txt", "soffice --convert-to pdf; pdftotext -raw FILE.pdf"),
    ];

    public static RealConverter Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The output file of <paramref name="stem"/> in <paramref name="dir"/>.</summary>
    public string Output(string dir, string stem) => Path.Combine(dir, $"{stem}.{Name}.{Extension}");

    /// <summary>Runs every converter over the sources in <paramref name="src"/> (NAME.html, NAME.docx) into <paramref name="dir"/>;
    /// what failed is listed (a missing program names its Debian package).</summary>
    public static List<string> ConvertAll(string src, string dir)
    {
        var failed = new List<string>();
        var html = Directory.GetFiles(src, "*.html").Order().ToList();
        var docx = Directory.GetFiles(src, "*.docx").Order().ToList();
        Parallel.ForEach(html, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
        {
            var stem = Path.GetFileNameWithoutExtension(f);
            ToFile(failed, Named("w3m").Output(dir, stem), "w3m", "-dump", "-O", "UTF-8", "-T", "text/html", f);
            ToFile(failed, Named("lynx").Output(dir, stem), "lynx", "-dump", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8", f);
            ToFile(failed, Named("elinks").Output(dir, stem), "elinks", "-dump", f);
            ToFile(failed, Named("links").Output(dir, stem), "links", "-dump", f);
            ToFile(failed, Named("html2text").Output(dir, stem), "html2text", "-utf8", f);
            ToFile(failed, Named("html2markdown").Output(dir, stem), "html2markdown", f);
            Run(failed, "pandoc", "-f", "html", "-t", "plain", f, "-o", Named("pandoc-html-plain").Output(dir, stem));
            Run(failed, "pandoc", "-f", "html", "-t", "gfm", f, "-o", Named("pandoc-html-gfm").Output(dir, stem));
            Run(failed, "pandoc", "-f", "html", "-t", "markdown", f, "-o", Named("pandoc-html-markdown").Output(dir, stem));
        });
        Parallel.ForEach(docx, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
        {
            var stem = Path.GetFileNameWithoutExtension(f);
            Run(failed, "pandoc", "-f", "docx", "-t", "plain", f, "-o", Named("pandoc-docx-plain").Output(dir, stem));
            Run(failed, "pandoc", "-f", "docx", "-t", "gfm", f, "-o", Named("pandoc-docx-gfm").Output(dir, stem));
            Run(failed, "docx2txt", f, Named("docx2txt").Output(dir, stem));
        });
        var work = Directory.CreateTempSubdirectory("nianbao-real-lo-");
        try
        {
            Soffice(failed, work.FullName, "txt:Text (encoded):UTF8", "txt", html, dir, "soffice-html-txt", "--infilter=HTML");
            Soffice(failed, work.FullName, "txt:Text (encoded):UTF8", "txt", docx, dir, "soffice-docx-txt");
            foreach (var pdf in Soffice(failed, work.FullName, "pdf", "pdf", docx, null, null))
            {
                var stem = Path.GetFileNameWithoutExtension(pdf);
                Run(failed, "pdftotext", pdf, Named("pdftotext").Output(dir, stem));
                Run(failed, "pdftotext", "-layout", pdf, Named("pdftotext-layout").Output(dir, stem));
                Run(failed, "pdftotext", "-raw", pdf, Named("pdftotext-raw").Output(dir, stem));
            }
        }
        finally { work.Delete(true); }
        return failed;
    }

    /// <summary>LibreOffice headless over a batch (a profile of its own); the converted files, copied to
    /// <paramref name="dir"/> under <paramref name="converter"/>'s name when given.</summary>
    static List<string> Soffice(List<string> failed, string work, string to, string ext, List<string> files, string? dir, string? converter, string? filter = null)
    {
        var outDir = Path.Combine(work, Guid.NewGuid().ToString("N"));
        var args = new List<string> { "--headless", "--norestore", $"-env:UserInstallation=file://{work}/profile" };
        if (filter is not null) args.Add(filter);
        args.AddRange(["--convert-to", to, "--outdir", outDir]);
        args.AddRange(files);
        Run(failed, "soffice", [.. args]);
        var made = new List<string>();
        foreach (var f in files)
        {
            var stem = Path.GetFileNameWithoutExtension(f);
            var got = Path.Combine(outDir, stem + "." + ext);
            if (!File.Exists(got)) { lock (failed) failed.Add($"soffice → {to}: {Path.GetFileName(f)} not converted"); continue; }
            if (converter is not null) File.Copy(got, Named(converter).Output(dir!, stem), true);
            made.Add(got);
        }
        return made;
    }

    static void ToFile(List<string> failed, string output, string program, params string[] args)
    {
        var text = Run(failed, program, args);
        if (text is not null) File.WriteAllText(output, text, new UTF8Encoding(false));
    }

    static string? Run(List<string> failed, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.Environment["LANG"] = "C.UTF-8";
        foreach (var a in args) info.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(info)!;
            var stderr = p.StandardError.ReadToEndAsync();
            var stdout = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(true); lock (failed) failed.Add($"{program}: timed out"); return null; }
            if (p.ExitCode != 0) { lock (failed) failed.Add($"{program} {string.Join(' ', args.Take(4))}: exit {p.ExitCode} {stderr.Result.Trim()}"); return null; }
            return stdout;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            lock (failed) failed.Add($"{program} not found ({e.Message}): ./test.sh installs it from Debian");
            return null;
        }
    }
}
