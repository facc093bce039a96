using Markdig;

namespace Mend.Site.Markdown.HeadingIds;

public static class HeadingIdExtensions
{
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
