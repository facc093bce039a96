using System.Globalization;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Checks;

/// <summary>
/// Warns (MEND305) of each <c>review_due</c> date before <paramref name="today"/>, at the date as written: once for a
/// catalog, whose index and entry pages all carry it. The build still succeeds; the page keeps its review line.
/// </summary>
public sealed class WarnOverdueReviews(DateOnly today) : DocumentModule
{
    protected override IEnumerable<Document> Run(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var overdue = context.VisibleOutputs()
            .Where(d => d.Has<Page>())
            .Select(d => d.Get<Page>().Review?.Due)
            .OfType<Located<DateOnly>>()
            .Where(due => due.Value < today)
            .DistinctBy(due => due.Location)
            .OrderBy(due => due.Location.File, StringComparer.Ordinal).ThenBy(due => due.Location.Line);
        foreach (var due in overdue)
        {
            context.Report(due.Location.Warning(ErrorCodes.ReviewOverdue,
                $"the review was due on {Iso(due.Value)}, before the build date {Iso(today)}: check the page, then update 'reviewed' and 'review_due'"));
        }
        return inputs;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
