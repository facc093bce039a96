using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;

namespace Mend.Site.Html;

/// <summary>
/// Writes the HTML of what a node holds, as AngleSharp's <c>InnerHtml</c> does, in time linear in the number of nodes.
/// AngleSharp's own writer asks every childless node for its next sibling, which it finds by searching the parent's
/// children from the start, so a page of many paragraphs took minutes to write.
/// </summary>
public static class HtmlWriter
{
    private static readonly IMarkupFormatter Formatter = HtmlMarkupFormatter.Instance;

    public static string InnerHtml(INode container)
    {
        var html = new StringBuilder();
        // Each open element with the index of its next child to write; a loop rather than recursion, since raw HTML
        // may nest deeper than the stack.
        var open = new Stack<(INode Node, int Next)>();
        open.Push((container, 0));
        while (open.TryPop(out var top))
        {
            var (parent, next) = top;
            if (next == parent.ChildNodes.Length)
            {
                if (parent != container && parent is IElement element)
                {
                    html.Append(Formatter.CloseTag(element, IsSelfClosing(element)));
                }
                continue;
            }
            open.Push((parent, next + 1));
            var node = parent.ChildNodes[next];
            if (node is IElement child)
            {
                Open(child, html);
                open.Push((child, 0));
            }
            else
            {
                html.Append(Leaf(node, parent));
            }
        }
        return html.ToString();
    }

    private static void Open(IElement element, StringBuilder html)
    {
        html.Append(Formatter.OpenTag(element, IsSelfClosing(element)));
        // <pre>, <textarea> and <listing> drop a first line break when read, so one that is meant is written twice.
        if (element.Flags.HasFlag(NodeFlags.LineTolerance) && element.FirstChild is IText { Data: ['\n', ..] })
        {
            html.Append('\n');
        }
        if (element is IHtmlTemplateElement template)
        {
            html.Append(InnerHtml(template.Content));
        }
    }

    private static string Leaf(INode node, INode parent) => node switch
    {
        IComment comment => Formatter.Comment(comment),
        IProcessingInstruction instruction => Formatter.Processing(instruction),
        ICharacterData text when parent.Flags.HasFlag(NodeFlags.LiteralText) => Formatter.LiteralText(text),
        ICharacterData text => Formatter.Text(text),
        IDocumentType doctype => Formatter.Doctype(doctype),
        _ => "",
    };

    private static bool IsSelfClosing(IElement element) => element.Flags.HasFlag(NodeFlags.SelfClosing);
}
