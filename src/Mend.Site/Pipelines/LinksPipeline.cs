using Mend.Site.Modules;

namespace Mend.Site.Pipelines;

/// <summary>Checks the finished pages: every internal link and anchor resolves, nothing loads from elsewhere.</summary>
public sealed class LinksPipeline : Mend.Pipeline.Pipeline
{
    public LinksPipeline() : base("Links")
    {
        Output.Add(new ValidateLinks());
    }
}
