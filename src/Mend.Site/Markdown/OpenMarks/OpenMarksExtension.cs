using Markdig;
using Markdig.Renderers;

namespace Mend.Site.Markdown.OpenMarks;

/// <summary>Puts <see cref="OpenMarksGuard"/> before every other inline parser.</summary>
public sealed class OpenMarksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.InlineParsers.Insert(0, new OpenMarksGuard());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
