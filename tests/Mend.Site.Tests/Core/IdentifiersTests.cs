using Mend.Site.Core;

namespace Mend.Site.Tests.Core;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("repair-steps")]
    [InlineData("step-2")]
    public void LowerCaseWordsJoinedByHyphensAreIds(string value) => Assert.True(Identifiers.IsValid(value));

    [Theory]
    [InlineData("")]
    [InlineData("Repair")]
    [InlineData("repair steps")]
    [InlineData("-repair")]
    [InlineData("repair--steps")]
    [InlineData("repair\n")]
    [InlineData("repair\r\n")]
    [InlineData("\nrepair")]
    [InlineData("repair\nsteps")]
    public void AnythingElseIsNot(string value) => Assert.False(Identifiers.IsValid(value));
}
