using Mend.Pipeline;
using Mend.Site.Core;

namespace Mend.Site.Assets;

/// <summary>
/// Gives each asset a destination with a content hash in its name (<c>assets/site.1a2b3c4d5e.css</c>), so browsers
/// may cache it for ever; the <c>asset</c> template function finds it by its <see cref="Asset"/> name. Without
/// <paramref name="fingerprints"/> (a preview, which is never cached), an asset keeps its plain name
/// (<c>assets/site.css</c>), so that a page does not change when only an asset it links to did.
/// </summary>
public sealed class FingerprintAssets(bool fingerprints = true) : DocumentModule
{
    /// <summary>Where the asset named <paramref name="name"/> with these contents is written.</summary>
    public string DestinationOf(string name, ReadOnlySpan<byte> contents)
    {
        if (!fingerprints)
        {
            return $"{Asset.Folder}/{name}";
        }
        return ContentHash.InsertInto($"{Asset.Folder}/{name}", contents);
    }

    protected override IEnumerable<Document> Map(Document document, IExecutionContext context)
    {
        yield return document with { Destination = DestinationOf(document.Get<Asset>().Name, document.Bytes!.Value.AsSpan()) };
    }
}
