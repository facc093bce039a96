namespace Mend.Site.Templates;

/// <summary>HTML the site produced itself (rendered Markdown, a partial); templates print it unescaped.</summary>
public sealed record TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
