using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mend.Site.Markdown.HeadingIds;

/// <summary>
/// Gives each heading without an explicit <c>{#id}</c> the id Markdig's <c>AutoIdentifiers</c> (GitHub style) gives it:
/// its text as a slug, "section" for none, and "-1", "-2"... after an id already given. Markdig counts from 1 again for
/// each repeated heading, so thousands of headings with the same text took minutes; <see cref="HeadingIdSet"/> starts
/// where it stopped last time.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object IdsKey = new();

    // Markdig's way to a heading's text without markup: an HTML renderer that writes neither tags nor escapes. Curly
    // quotes and dashes are written as typed, so that ids stay what they were before the site used SmartyPants.
    private static readonly ThreadLocal<(HtmlRenderer Renderer, StringWriter Text)> TextRenderers = new(() =>
    {
        var text = new StringWriter();
        var renderer = new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        renderer.ObjectRenderers.Add(new AsTypedRenderer());
        return (renderer, text);
    });

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // A setext heading (text underlined with === or ---) is closed by the paragraph parser.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // The id needs the heading's inlines, which are parsed after its block is closed.
    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += GiveId;
        }
    }

    private static void GiveId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }
        if (processor.Document.GetData(IdsKey) is not HeadingIdSet ids)
        {
            processor.Document.SetData(IdsKey, ids = new HeadingIdSet());
        }
        var slug = LinkHelper.UrilizeAsGfm(TextOf(heading.Inline));
        attributes.Id = ids.Claim(slug.Length > 0 ? slug : "section");
    }

    private sealed class AsTypedRenderer : HtmlObjectRenderer<SmartyPant>
    {
        protected override void Write(HtmlRenderer renderer, SmartyPant obj) => renderer.Write(obj.AsLiteralInline().Content);
    }

    private static string TextOf(ContainerInline inline)
    {
        var (renderer, text) = TextRenderers.Value;
        text.GetStringBuilder().Clear();
        renderer.Render(inline);
        renderer.Writer.Flush();
        return text.ToString();
    }
}
