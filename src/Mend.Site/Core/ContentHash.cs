using System.Security.Cryptography;

namespace Mend.Site.Core;

/// <summary>Names that change when a file's contents do, so that browsers may cache the file for ever.</summary>
public static class ContentHash
{
    /// <summary><c>static/photo.png</c> with these contents gives <c>static/photo.1a2b3c4d5e.png</c>.</summary>
    public static string InsertInto(string path, ReadOnlySpan<byte> contents)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(contents))[..10];
        var extension = Path.GetExtension(path);
        return $"{path[..^extension.Length]}.{hash}{extension}";
    }
}
