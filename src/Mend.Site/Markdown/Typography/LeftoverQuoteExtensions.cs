using Markdig;

namespace Mend.Site.Markdown.Typography;

public static class LeftoverQuoteExtensions
{
    /// <summary>Use after <c>UseSmartyPants()</c>: see <see cref="LeftoverQuoteExtension"/>.</summary>
    public static MarkdownPipelineBuilder UseCurlyLeftoverQuotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LeftoverQuoteExtension>();
        return pipeline;
    }
}
