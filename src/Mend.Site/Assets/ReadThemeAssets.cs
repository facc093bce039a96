using System.Collections.Immutable;
using Mend.Pipeline;
using Mend.Pipeline.IO;
using Mend.Site.Core;
using Mend.Site.Templates;

namespace Mend.Site.Assets;

/// <summary>Reads every file under the theme's <c>assets/</c>, with the site's overrides applied.</summary>
public sealed class ReadThemeAssets(ThemeFiles theme) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var files = theme.List(Asset.Folder, out var problems);
        foreach (var (path, problem) in problems)
        {
            context.Report(Diagnostic.Error(InputRules.Files.UnreadableCode, problem, path));
        }

        var documents = new List<Document>();
        foreach (var (relative, path) in files)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (theme.ReadBytes(path, out var error) is { } bytes)
            {
                documents.Add(new Document { Source = path, Bytes = ImmutableArray.Create(bytes) }.With(new Asset(relative)));
            }
            else
            {
                context.Report(error!);
            }
        }
        return Task.FromResult<IReadOnlyList<Document>>(documents);
    }
}
