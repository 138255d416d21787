using System.Text;

namespace Nianbao.Tests.Malformed;

/// <summary>Inputs that are not annual reports at all, each with the finding code it must raise.</summary>
public static class BadInputs
{
    public static byte[] Empty => [];

    public static byte[] Whitespace => "  \r\n\t\n"u8.ToArray();

    /// <summary>Bytes of a program or archive: NUL bytes and control characters.</summary>
    public static byte[] Binary
    {
        get
        {
            var bytes = new byte[2048];
            new Random(7).NextBytes(bytes);
            bytes[10] = 0;
            return bytes;
        }
    }

    /// <summary>A complete 1×1 PNG.</summary>
    public static byte[] Image => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A web page that has nothing to do with a report.</summary>
    public static byte[] WebPage => Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>今日天气预报</title></head>
        <body><h1>今日天气</h1><p>晴转多云，气温 12 至 24 度，东南风 3 级。</p>
        <table><tr><td>周一</td><td>18</td></tr><tr><td>周二</td><td>20</td></tr></table>
        <p>扫一扫在手机打开当前页</p></body></html>
        """);

    public static byte[] Text => Encoding.UTF8.GetBytes("购物清单\n苹果 3\n牛奶 2\n面包 1\n");

    public static TheoryData<string, string> All() => new()
    {
        { "empty.txt", "NB-INPUT-EMPTY" },
        { "blank.txt", "NB-INPUT-EMPTY" },
        { "program.bin", "NB-INPUT-BINARY" },
        { "photo.png", "NB-INPUT-BINARY" },
        { "weather.html", "NB-INPUT-NOT-REPORT" },
        { "list.txt", "NB-INPUT-NOT-REPORT" },
    };

    public static byte[] Bytes(string name) => name switch
    {
        "empty.txt" => Empty,
        "blank.txt" => Whitespace,
        "program.bin" => Binary,
        "photo.png" => Image,
        "weather.html" => WebPage,
        "list.txt" => Text,
        _ => throw new ArgumentException(name),
    };
}
