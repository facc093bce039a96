using System.Security.Cryptography;
using System.Text;

namespace Mend.Site.Core;

/// <summary>A short, stable digest of some lines of text, for telling whether what a step depends on changed between runs.</summary>
public static class Fingerprint
{
    public static string Of(IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
