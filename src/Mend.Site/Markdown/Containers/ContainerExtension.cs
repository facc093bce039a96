using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Mend.Site.Markdown.Containers;

/// <summary>
/// Reads <c>::: say</c> and <c>::: steps</c> blocks (see <see cref="ContainerKinds"/>). Only the block form of
/// Markdig's custom containers: its inline <c>::text::</c> form would change text that happens to hold two colons.
/// </summary>
public sealed class ContainerExtension : IMarkdownExtension
{
    public const string SayClass = "say";
    public const string ComposeClass = "compose";
    public const string StepClass = "step";
    public const string InStepClass = "step-content";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
        pipeline.DocumentProcessed -= MarkContainers;
        pipeline.DocumentProcessed += MarkContainers;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlCustomContainerRenderer);
            html.ObjectRenderers.AddIfNotAlready<ContainerRenderer>();
            html.ObjectRenderers.AddIfNotAlready<StepNumberRenderer>();
        }
    }

    private static void MarkContainers(MarkdownDocument document)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            switch (ContainerKinds.Of(container))
            {
                case ContainerKinds.Say:
                    container.GetAttributes().AddClass(SayClass);
                    break;
                case ContainerKinds.Compose:
                    container.GetAttributes().AddClass(ComposeClass);
                    break;
                case ContainerKinds.Steps:
                    NumberSteps(container);
                    break;
            }
        }
    }

    /// <summary>
    /// Each heading of the container's highest rank starts a step: it gets its number, and every block after it the
    /// class that draws the line joining the steps. Blocks before the first step are an introduction.
    /// </summary>
    private static void NumberSteps(CustomContainer container)
    {
        var steps = Steps.Of(container).ToHashSet();
        var number = 0;
        foreach (var block in container)
        {
            if (block is HeadingBlock heading && steps.Contains(heading))
            {
                number++;
                heading.GetAttributes().AddClass(StepClass);
                var step = new StepNumberInline(number);
                if (heading.Inline?.FirstChild is { } first)
                {
                    first.InsertBefore(step);
                }
                else
                {
                    heading.Inline?.AppendChild(step);
                }
            }
            else if (number > 0)
            {
                block.GetAttributes().AddClass(InStepClass);
            }
        }
    }
}
