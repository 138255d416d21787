using System.Text;
using Nianbao.Reading;

namespace Nianbao.Tests.Renderings;

/// <summary>The legacy-encoded renderings are really in their code page, and the reader decodes them as such.</summary>
public class EncodingTests
{
    static byte[] Bytes(string file) => File.ReadAllBytes(RenderingFiles.PathOf(file));

    [Theory]
    [InlineData("linxia-city-2023.gbk.html", "gb18030")]
    [InlineData("sifangtai-district-2023.gbk.html", "gb18030")]
    [InlineData("erkou-township-2023.big5.html", "big5")]
    [InlineData("sifangtai-district-2023.gb18030.txt", "gb18030")]
    [InlineData("linxia-city-2023.big5.txt", "big5")]
    public void Legacy_bytes_decode_with_their_code_page(string file, string encoding)
    {
        var bytes = Bytes(file);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var declared = file.EndsWith(".html") ? HtmlSourceReader.DeclaredCharset(bytes) : null;
        var decoded = EncodingDetector.Decode(bytes, declared);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(0, decoded.Errors);
        Assert.Contains("政府信息公", TextOf(decoded.Text, encoding));
    }

    /// <summary>Without the meta tag the bytes alone still pick the right code page.</summary>
    [Theory]
    [InlineData("linxia-city-2023.gbk.html", "gb18030")]
    [InlineData("erkou-township-2023.big5.html", "big5")]
    public void Undeclared_bytes_are_sniffed(string file, string encoding) =>
        Assert.Equal(encoding, EncodingDetector.Decode(Bytes(file)).Encoding);

    [Theory]
    [InlineData("linxia-city-2023.gbk.html", "gbk")]
    [InlineData("sifangtai-district-2023.gbk.html", "gb2312")]
    [InlineData("erkou-township-2023.big5.html", "big5")]
    public void The_declared_charset_is_found(string file, string charset) =>
        Assert.Equal(charset, HtmlSourceReader.DeclaredCharset(Bytes(file)));

    static string TextOf(string text, string encoding) =>
        encoding == "big5" ? text.Replace('開', '开') : text;
}
