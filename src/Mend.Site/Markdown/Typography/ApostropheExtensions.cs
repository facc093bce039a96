using Markdig;

namespace Mend.Site.Markdown.Typography;

public static class ApostropheExtensions
{
    /// <summary>Use after <c>UseSmartyPants()</c>: see <see cref="ApostropheExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseCurlyApostrophes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<ApostropheExtension>();
        return pipeline;
    }
}
