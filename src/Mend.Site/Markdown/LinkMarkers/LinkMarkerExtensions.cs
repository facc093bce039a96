using Markdig;

namespace Mend.Site.Markdown.LinkMarkers;

public static class LinkMarkerExtensions
{
    public static MarkdownPipelineBuilder UseLinkMarkers(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LinkMarkerExtension>();
        return pipeline;
    }
}
