using System.Collections.Immutable;
using Mend.Bench.Corpus;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown;
using Mend.Site.Xrefs;

namespace Mend.Bench.Micro;

/// <summary>The generated corpus in memory, with what the benchmarks need of the site: URLs, the xref registry, rendered guides.</summary>
public static class BenchCorpus
{
    public const string BaseUrl = "https://bench.example.org/";

    public static readonly PageUrls Urls = new(BaseUrl, offline: false);

    public static CorpusPlan Plan(int pages, long guideBytes = 0) => CorpusPlan.Create(new CorpusOptions(pages, Seed: 1, guideBytes));

    /// <summary>A guide's Markdown body as Mend reads it (front matter left out).</summary>
    public static string Body(CorpusPlan plan, GuidePlan guide) => GuideBody.Write(plan, guide, MendFiles.Link);

    public static string SourceOf(GuidePlan guide) => $"input/guides/{guide.Id}.md";

    public static string DestinationOf(GuidePlan guide) => $"guides/{guide.Id}/index.html";

    /// <summary>Every guide as an xref target with its sections' anchors, as BuildXrefRegistry would make them.</summary>
    public static XrefRegistry Registry(CorpusPlan plan)
    {
        var targets = plan.Guides.Select(g => new XrefTarget(
            g.Id, g.Title, $"/guides/{g.Id}/",
            g.Sections.ToImmutableDictionary(s => s.Anchor, s => s.Heading, StringComparer.Ordinal),
            new SourceLocation(SourceOf(g), 1, 1))).ToList();
        return new XrefRegistry(
            targets.ToImmutableDictionary(t => t.Id, StringComparer.Ordinal),
            targets.ToImmutableDictionary(t => t.Location.File, StringComparer.Ordinal),
            []);
    }

    /// <summary>A guide rendered and its links resolved, as the Guides pipeline leaves it before the layout.</summary>
    public static string ResolvedHtml(CorpusPlan plan, GuidePlan guide, MarkedLinkResolver resolver)
    {
        var source = SourceOf(guide);
        return resolver.Resolve(Html(Body(plan, guide)), DestinationOf(guide), source,
            (line, column) => new SourceLocation(source, line, column), _ => { });
    }

    /// <summary>A generated guide's Markdown, rendered (it never nests too deeply).</summary>
    public static string Html(string markdown) =>
        MendMarkdown.TryParse(markdown, out var document, out _) ? MendMarkdown.ToHtml(document) : throw new InvalidOperationException("nested too deeply");

    /// <summary>The repository root (the folder holding site.sln), for the theme.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "site.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("site.sln not found above the benchmark or the current folder");
    }
}

/// <summary>An execution context over in-memory documents: what a module sees of other pipelines, and what it reports.</summary>
public sealed class BenchContext(IReadOnlyList<Document> visible) : IExecutionContext
{
    public ModuleCache? Cache => null;

    public int Errors { get; private set; }

    public string? FirstError { get; private set; }

    public string PipelineName => "Bench";

    public Phase Phase => Phase.Output;

    public CancellationToken CancellationToken => CancellationToken.None;

    public void Report(Diagnostic diagnostic)
    {
        if (diagnostic.IsError)
        {
            Errors++;
            FirstError ??= diagnostic.ToString();
        }
    }

    public IReadOnlyList<Document> OutputsOf(string pipelineName) => visible;

    public IReadOnlyList<Document> InputsOf(string pipelineName) => visible;

    public IReadOnlyList<Document> VisibleOutputs() => visible;
}
