namespace Mend.Site.Tests.Docs;

/// <summary>The README is the way in: it links every document in docs/.</summary>
public sealed class ReadmeLinksTests
{
    [Fact]
    public void TheReadmeLinksEveryDocument()
    {
        var readme = File.ReadAllText(Path.Join(Repo.Root, "README.md"));
        var documents = Directory.EnumerateFiles(Path.Join(Repo.Root, "docs"), "*.md").Select(RepositoryFiles.Relative).Order(StringComparer.Ordinal).ToList();

        var unlinked = documents.Where(document => !readme.Contains($"]({document})", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(documents);
        Assert.True(unlinked.Count == 0, $"README.md has no link to {string.Join(", ", unlinked)}: add it under 'Documentation'");
    }
}
