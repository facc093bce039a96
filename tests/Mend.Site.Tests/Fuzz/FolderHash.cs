using System.Security.Cryptography;
using System.Text;

namespace Mend.Site.Tests.Fuzz;

/// <summary>One hash of every file's path and bytes under a folder, to tell whether anything in it changed.</summary>
public static class FolderHash
{
    public static string Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "no folder";
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, bytes) in TestSite.Files(folder))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
