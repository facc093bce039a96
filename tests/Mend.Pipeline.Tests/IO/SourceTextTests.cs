using System.Text;
using Mend.Pipeline.IO;

namespace Mend.Pipeline.Tests.IO;

public sealed class SourceTextTests
{
    private static string? Decode(byte[] bytes, out SourceText.Problem? problem) => SourceText.Decode(bytes, out problem);

    [Fact]
    public void Utf8TextIsDecodedWithItsByteOrderMarkDropped()
    {
        var text = Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("héllo ✓\r\n")], out var problem);

        Assert.Null(problem);
        Assert.Equal("héllo ✓\r\n", text);
    }

    [Fact]
    public void Utf16TextIsReadWhenItsMarkSaysSo()
    {
        var text = Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("title: Zoë")], out var problem);

        Assert.Null(problem);
        Assert.Equal("title: Zoë", text);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 1, 1)]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0xC3 }, 1, 3)]
    [InlineData(new byte[] { (byte)'a', (byte)'\n', (byte)'x', 0xC3, 0xA9, 0xE2, 0x28, 0xA1 }, 2, 3)]
    public void InvalidUtf8IsRefusedAtTheFirstBadByte(byte[] bytes, int line, int column)
    {
        Assert.Null(Decode(bytes, out var problem));

        Assert.NotNull(problem);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: a\u0001b\n", 1, 9, "0001")]
    [InlineData("one\ntwo\n\u0000", 3, 1, "0000")]
    [InlineData("a\r\nb\u007F", 2, 2, "007F")]
    [InlineData("x \u0085 y", 1, 3, "0085")]
    [InlineData("x\uFFFF", 1, 2, "FFFF")]
    public void ControlCharactersAreRefusedWhereTheyAre(string text, int line, int column, string code)
    {
        Assert.Null(Decode(Encoding.UTF8.GetBytes(text), out var problem));

        Assert.NotNull(problem);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains($"U+{code}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TabsAndLineEndingsAreText()
    {
        Assert.Equal("a\tb\r\nc\n", Decode(Encoding.UTF8.GetBytes("a\tb\r\nc\n"), out var problem));
        Assert.Null(problem);
    }
}
