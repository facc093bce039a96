using System.Collections.Concurrent;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Tests.Specs;

namespace Mend.Site.Tests.Docs;

/// <summary>
/// Every key docs/content-format.md documents is one its reader accepts. For each key, a valid sample of its kind of
/// file (from the validation specs) gets an unknown key in the mapping the documented key belongs to; the build's
/// unknown-key error (MEND103) there must list the documented key among those allowed.
/// </summary>
public sealed class DocumentedKeyTests
{
    /// <summary>The kinds of file each key table's heading documents; a new table needs its heading here.</summary>
    private static readonly Dictionary<string, string[]> KindsByHeading = new(StringComparer.Ordinal)
    {
        ["`site.yml`"] = ["site"],
        ["Guides: `guides/*.md`"] = ["guide"],
        ["Catalogs: `catalogs/*.yml`"] = ["ruptures", "challenges"],
        ["`kind: ruptures`"] = ["ruptures"],
        ["`kind: challenges`"] = ["challenges"],
        ["Review data"] = ["guide", "ruptures", "challenges"],
        ["Self-assessments: `assessments/*.yml`"] = ["assessment"],
        ["`search.yml` (optional)"] = ["search"],
        ["Apology checks: `apology-checks.yml`"] = ["apology-checks"],
    };

    /// <summary>A valid file of each kind: the spec that holds it (with base.spec's files) and its path in the input.</summary>
    private static readonly Dictionary<string, (string Spec, string File)> Samples = new(StringComparer.Ordinal)
    {
        ["site"] = ("base.spec", "site.yml"),
        ["guide"] = ("base.spec", "guides/steps.md"),
        ["ruptures"] = ("ruptures/valid-catalog-with-situations-and-if-hurt.spec", "catalogs/ruptures.yml"),
        ["challenges"] = ("challenges/valid-catalog.spec", "catalogs/challenges.yml"),
        ["assessment"] = ("assessments/valid-assessment.spec", "assessments/check.yml"),
        ["search"] = ("search/valid-search.spec", "search.yml"),
        ["apology-checks"] = ("apology-checks/valid-checks.spec", "apology-checks.yml"),
    };

    /// <summary>One build per kind and mapping, shared by the keys of that mapping.</summary>
    private static readonly ConcurrentDictionary<(string Kind, string Parent), Lazy<Task<IReadOnlyList<Diagnostic>>>> Builds = new();

    public static IEnumerable<TheoryDataRow<string, string, string>> Keys() =>
        DocumentedKeys.Read().SelectMany(key =>
            (KindsByHeading.TryGetValue(key.Heading, out var kinds) ? kinds : ["(no kind)"]).Select(kind =>
                new TheoryDataRow<string, string, string>(kind, key.Heading, key.Path) { TestDisplayName = $"{kind}: {key.Path}" }));

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task TheReaderAcceptsTheDocumentedKey(string kind, string heading, string path)
    {
        Assert.True(Samples.ContainsKey(kind),
            $"docs/content-format.md has a key table under '{heading}', which names no kind of file: add the heading to {nameof(KindsByHeading)}");
        var cut = path.LastIndexOf('.');
        var (parent, key) = cut < 0 ? ("", path) : (path[..cut], path[(cut + 1)..]);
        key = key.TrimEnd('[', ']');

        var diagnostics = await Builds.GetOrAdd((kind, parent), k => new(() => BuildWithUnknownKey(k.Kind, k.Parent))).Value;

        var probe = diagnostics.Where(d => d.Code == ErrorCodes.UnknownKey && d.Message.StartsWith($"unknown key '{UnknownKeyProbe.Key}'", StringComparison.Ordinal)).ToList();
        Assert.True(probe.Count == 1,
            $"{kind}: an unknown key at '{parent}' should give one MEND103, and the build gave:\n{string.Join('\n', diagnostics)}");
        var allowed = probe[0].Message.Split("(allowed here: ", 2)[1].TrimEnd(')').Split(", ");
        Assert.True(allowed.Contains(key),
            $"docs/content-format.md documents '{path}' for {kind}, but the reader does not accept '{key}' there (allowed here: {string.Join(", ", allowed)})");
    }

    [Fact]
    public void EveryHeadingHasAKeyTable()
    {
        var headings = DocumentedKeys.Read().Select(k => k.Heading).ToHashSet(StringComparer.Ordinal);

        var without = KindsByHeading.Keys.Where(h => !headings.Contains(h)).ToList();
        Assert.True(without.Count == 0, $"docs/content-format.md has no key table ({DocumentedKeys.Header}) under: {string.Join("; ", without)}");
    }

    private static async Task<IReadOnlyList<Diagnostic>> BuildWithUnknownKey(string kind, string parent)
    {
        var (spec, file) = Samples[kind];
        var files = new Dictionary<string, string>(SpecFile.Load(Path.Join(SpecRunner.Folder, "base.spec"), "base.spec").Files, StringComparer.Ordinal);
        foreach (var (name, text) in SpecFile.Load(Path.Join(SpecRunner.Folder, spec), spec).Files)
        {
            files[name] = text;
        }
        files[file] = UnknownKeyProbe.Add(files[file], parent, frontMatter: file.EndsWith(".md", StringComparison.Ordinal));

        using var site = new TestSite(files);
        var report = await SiteBuilder.BuildAsync(
            new BuildOptions(site.Input, site.Output, null, Offline: false, Repo.Themes), TestContext.Current.CancellationToken);
        return report.Diagnostics;
    }
}
