namespace Mend.Browser.Tests;

/// <summary>Where the repository is: found by walking up from the test assembly to the folder with site.sln.</summary>
public static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Themes => Path.Join(Root, "themes");

    public static string RealInput => Path.Join(Root, "input");

    public static string FixtureInput => Path.Join(Root, "tests", "fixtures", "basic", "input");

    /// <summary>The CLI as built with the tests (Debug or Release, as this assembly).</summary>
    public static string MendDll => Path.Join(Root, "src", "Mend.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "mend.dll");

    /// <summary>Gitignored; the lead reviews the screenshots here.</summary>
    public static string Screenshots => Path.Join(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "site.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no site.sln above {AppContext.BaseDirectory}");
    }
}
