using Mend.Pipeline;

namespace Mend.Site.Search;

/// <summary>Reads <c>input/search.yml</c>, when the site has one, into a document that carries its <see cref="SearchSettings"/>.</summary>
public sealed class ParseSearchSettings : DocumentModule
{
    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var diagnostics = new List<Diagnostic>();
        var settings = SearchSettingsReader.Read(document.Source, document.Content, diagnostics);
        diagnostics.ForEach(context.Report);
        return [document.With(settings)];
    }
}
