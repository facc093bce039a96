namespace Mend.Cli.Serve;

/// <summary>The script <c>mend serve</c> adds to every page it serves (<c>live.js</c>, embedded in the CLI).</summary>
internal static class LiveScript
{
    public static string Text { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(LiveScript).Assembly.GetManifestResourceStream("Mend.Cli.Serve.live.js")
            ?? throw new InvalidOperationException("live.js is not embedded in the CLI.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
