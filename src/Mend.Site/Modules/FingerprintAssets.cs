using System.Security.Cryptography;
using Mend.Pipeline;

namespace Mend.Site.Modules;

/// <summary>
/// Gives each theme asset a destination with a content hash in its name (<c>assets/site.1a2b3c4d5e.css</c>),
/// so browsers may cache it for ever, and records its logical name for the <c>asset</c> template function.
/// </summary>
public sealed class FingerprintAssets(string themeAssetsFolder) : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var outputs = inputs.Select(document =>
        {
            var name = document.Get(Keys.AssetName);
            var bytes = document.Bytes!.Value.AsSpan();
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var extension = Path.GetExtension(name);
            var fingerprinted = $"{name[..^extension.Length]}.{hash}{extension}";
            return document with { Destination = $"{themeAssetsFolder}/{fingerprinted}" };
        }).ToList();
        return Task.FromResult<IReadOnlyList<Document>>(outputs);
    }
}
