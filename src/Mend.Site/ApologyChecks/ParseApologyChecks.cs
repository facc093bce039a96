using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Strings;

namespace Mend.Site.ApologyChecks;

/// <summary>Reads <c>input/apology-checks.yml</c> into the apology checker's page, whose model is the checks.</summary>
public sealed class ParseApologyChecks(InterfaceStrings strings) : DocumentModule
{
    protected override bool ReusesResults => true;

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var checks = ApologyChecksReader.Read(document.Source, document.Content, diagnostics);
        diagnostics.ForEach(context.Report);
        if (checks is null)
        {
            yield break;
        }
        yield return PageDocument.Create(ApologyCheckPage.Of(checks, strings), document.Source).With(checks);
    }
}
