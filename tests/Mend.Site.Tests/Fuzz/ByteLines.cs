namespace Mend.Site.Tests.Fuzz;

/// <summary>A file's bytes as lines split at <c>\n</c> (kept apart, not decoded), and back: joining undoes splitting exactly.</summary>
public static class ByteLines
{
    public static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }
        lines.Add(bytes[start..]);
        return lines;
    }

    public static byte[] Join(IEnumerable<byte[]> lines) => [.. lines.SelectMany((line, i) => i == 0 ? line : [(byte)'\n', .. line])];
}
