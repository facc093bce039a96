using Markdig;

namespace Mend.Site.Markdown.Callouts;

public static class CalloutExtensions
{
    /// <summary><c>&gt; [!NOTE]</c> and the other <see cref="CalloutKinds"/>.</summary>
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseAlertBlocks();
        pipeline.Extensions.AddIfNotAlready<CalloutExtension>();
        return pipeline;
    }
}
