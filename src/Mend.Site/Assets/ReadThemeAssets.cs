using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Assets;

/// <summary>Reads every file under the theme's <c>assets/</c>, with the site's overrides applied.</summary>
public sealed class ReadThemeAssets(ThemeFiles theme) : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var documents = new List<Document>();
        foreach (var (relative, path) in theme.List(Asset.Folder))
        {
            var bytes = await File.ReadAllBytesAsync(path, context.CancellationToken);
            documents.Add(new Document { Source = path, Bytes = ImmutableArray.Create(bytes) }.With(new Asset(relative)));
        }
        return documents;
    }
}
