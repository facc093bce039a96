using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Mend.Site.Html;

/// <summary>
/// The start and end tags of HTML, read by AngleSharp's tokenizer as a browser reads them, without building a tree:
/// the text of a script, a style and the other raw-text elements is not read as tags. Each tag is read before the next
/// is asked for, so it must not be kept.
/// </summary>
public static class HtmlTags
{
    public static IEnumerable<HtmlTagToken> Of(string html)
    {
        using var source = new TextSource(html);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token is not HtmlTagToken tag)
            {
                continue;
            }
            yield return tag;
            if (tag.Type == HtmlTokenType.StartTag)
            {
                tokenizer.State = StateAfter(tag.Name, tokenizer.State);
            }
        }
    }

    // The tree builder tells the tokenizer how to read what follows these start tags; without it, a script's text
    // would be read as markup.
    private static HtmlParseMode StateAfter(string name, HtmlParseMode state) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "textarea" or "title" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => state,
    };
}
