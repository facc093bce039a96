using System.Security.Cryptography;
using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Assets;

/// <summary>
/// Gives each asset a destination with a content hash in its name (<c>assets/site.1a2b3c4d5e.css</c>), so browsers
/// may cache it for ever; the <c>asset</c> template function finds it by its <see cref="Asset"/> name.
/// </summary>
public sealed class FingerprintAssets : DocumentModule
{
    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        var name = document.Get<Asset>().Name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(document.Bytes!.Value.AsSpan()))[..10];
        var extension = Path.GetExtension(name);
        yield return document with { Destination = $"{Asset.Folder}/{name[..^extension.Length]}.{hash}{extension}" };
    }
}
