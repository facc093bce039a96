namespace Mend.Pipeline.Tests;
public class Smoke { [Fact] public void Works() => Assert.True(true); }
