namespace Mend.Pipeline.Tests;

public sealed class OneLineTests
{
    [Fact]
    public void LineBreaksTabsAndControlCharactersAreWrittenAsEscapes() =>
        Assert.Equal(@"a\nb\r\n\tc\u0001\u2028", OneLine.Of("a\nb\r\n\tc\u0001\u2028"));

    [Fact]
    public void OtherTextIsKept() => Assert.Equal("café — 'x' \\n", OneLine.Of("café — 'x' \\n"));
}
