using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Guides;

/// <summary>Puts the guides in reading order (see <see cref="GuideOrder"/>) and links each to the guides before and after it.</summary>
public sealed class OrderGuides : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context) =>
        Neighbours.Link([.. GuideOrder.Sort(inputs, d => d.Get<Guide>())], context.Cache);
}
