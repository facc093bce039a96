using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Markdown.Callouts;
using Mend.Site.Markdown.Containers;

namespace Mend.Site.Markdown;

/// <summary>
/// A <c>:::</c> container or a <c>&gt; [!KIND]</c> callout of a kind the site does not draw (error MEND209): a typo
/// there would otherwise publish the text without the box the author meant.
/// </summary>
public static class UnknownBlockKinds
{
    public static IEnumerable<Diagnostic> Find(MarkdownDocument document, Func<int, int, SourceLocation> locate)
    {
        foreach (var block in document.Descendants<Block>())
        {
            var problem = block switch
            {
                CustomContainer container when !ContainerKinds.All.Contains(ContainerKinds.Of(container)) =>
                    $"'::: {ContainerKinds.Of(container)}' is not a container the site knows; use one of: {string.Join(", ", ContainerKinds.All.Select(k => $"'::: {k}'"))}",
                AlertBlock alert when !CalloutKinds.Titles.ContainsKey(CalloutKinds.Of(alert)) =>
                    $"'[!{alert.Kind}]' is not a callout the site knows; use one of: {string.Join(", ", CalloutKinds.Titles.Keys.Select(k => $"[!{k.ToUpperInvariant()}]"))}",
                _ => null,
            };
            if (problem is not null)
            {
                yield return locate(block.Line + 1, block.Column + 1).Error(ErrorCodes.UnknownBlockKind, problem);
            }
        }
    }
}
