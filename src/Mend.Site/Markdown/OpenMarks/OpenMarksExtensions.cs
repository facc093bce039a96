using Markdig;

namespace Mend.Site.Markdown.OpenMarks;

public static class OpenMarksExtensions
{
    public static MarkdownPipelineBuilder UseOpenMarksGuard(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<OpenMarksExtension>();
        return pipeline;
    }
}
