using System.Text;

namespace Mend.Bench.Corpus;

/// <summary>
/// Writes a guide's Markdown body: an introduction, then each planned section with paragraphs, a list in some, a pipe
/// table in one, and links to other guides. Links are written by the caller's <c>link</c> function (xref: for Mend,
/// relative URLs for Hugo); how long the body grows is measured without them, so both renderings draw the same
/// numbers and say the same thing.
/// </summary>
public sealed class GuideBody
{
    /// <summary>What a link counts for in the size of the one big guide, whatever its rendering.</summary>
    private const int LinkSize = 30;

    private readonly StringBuilder _text = new();
    private readonly Func<LinkSpec, string> _link;
    private int _words;
    private long _size;

    private GuideBody(Func<LinkSpec, string> link) => _link = link;

    public static string Write(CorpusPlan plan, GuidePlan guide, Func<LinkSpec, string> link)
    {
        var body = new GuideBody(link);
        body.WriteAll(plan, guide);
        return body._text.ToString();
    }

    private void WriteAll(CorpusPlan plan, GuidePlan guide)
    {
        var rng = Rng.For(plan.Options.Seed, "body", guide.Index);
        var big = plan.Options.OneBigGuide;
        var targetWords = rng.Between(480, 880); // the last paragraph overshoots: 600 to 1,200 words in all
        var sections = guide.Sections.Count;

        Paragraph(rng, plan.Guides);
        var introWords = _words;
        var tableAt = rng.Below(sections);
        for (var k = 0; k < sections; k++)
        {
            var section = guide.Sections[k];
            _text.Append("## ").Append(section.Heading).Append(" {#").Append(section.Anchor).Append("}\n\n");
            var wordsBefore = _words;
            var sizeBefore = _size;
            bool Done() => big
                ? _size - sizeBefore >= plan.Options.GuideBytes / sections
                : _words - wordsBefore >= (targetWords - introWords) / sections;

            Paragraph(rng, plan.Guides);
            if (k % 3 == 1)
            {
                List(rng, numbered: false);
            }
            else if (k % 3 == 2)
            {
                List(rng, numbered: true);
            }
            if (big ? k % 5 == 4 : k == tableAt)
            {
                Table(rng);
            }
            while (!Done())
            {
                Paragraph(rng, plan.Guides);
            }
        }
    }

    private void Paragraph(Rng rng, IReadOnlyList<GuidePlan> guides)
    {
        var sentences = rng.Between(3, 6);
        var linkAt = rng.Chance(55) ? rng.Below(sentences) : -1;
        for (var i = 0; i < sentences; i++)
        {
            Prose((i == 0 ? "" : " ") + Text.Sentence(rng));
            if (i == linkAt)
            {
                Prose(rng.Chance(50) ? " See " : " More on this in ");
                Link(CorpusPlan.Link(rng, guides));
                Prose(".");
            }
        }
        Prose("\n\n");
    }

    private void List(Rng rng, bool numbered)
    {
        var items = rng.Between(3, 5);
        for (var i = 1; i <= items; i++)
        {
            Prose((numbered ? $"{i}. " : "- ") + Text.Sentence(rng, 5, 11) + "\n");
        }
        Prose("\n");
    }

    private void Table(Rng rng)
    {
        Prose("| Moment | What to say | What to do |\n| --- | --- | --- |\n");
        var rows = rng.Between(3, 5);
        for (var i = 0; i < rows; i++)
        {
            Prose($"| {Text.Phrase(rng, 1, 3)} | {Text.Phrase(rng, 3, 6)} | {Text.Phrase(rng, 2, 5)} |\n");
        }
        Prose("\n");
    }

    private void Prose(string text)
    {
        _text.Append(text);
        _words += Text.WordCount(text);
        _size += text.Length;
    }

    private void Link(LinkSpec link)
    {
        _text.Append(_link(link));
        _words += link.Text.Length == 0 ? 3 : Text.WordCount(link.Text);
        _size += LinkSize;
    }
}
