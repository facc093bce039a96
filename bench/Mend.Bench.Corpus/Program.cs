using System.Globalization;
using System.Text;
using Mend.Bench.Corpus;

// mend-bench-corpus --out DIR [--pages N] [--seed N] [--guide-bytes N]
// Writes DIR/mend/input/ (a Mend site) and DIR/hugo/ (the same guides as a Hugo site). Same arguments, same bytes.
const string Usage = "usage: Mend.Bench.Corpus --out DIR [--pages N (default 1000)] [--seed N (default 1)] [--guide-bytes N]";

string? output = null;
int pages = 1000, seed = 1;
long guideBytes = 0;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    var ok = args[i] switch
    {
        "--out" when value is not null => (output = value) is not null,
        "--pages" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out pages) && pages > 0,
        "--seed" => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed),
        "--guide-bytes" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out guideBytes) && guideBytes > 0,
        _ => false,
    };
    if (!ok)
    {
        await Console.Error.WriteLineAsync($"bad or unknown option '{args[i]}'\n{Usage}");
        return 2;
    }
    i++;
}
if (output is null)
{
    await Console.Error.WriteLineAsync(Usage);
    return 2;
}

var plan = CorpusPlan.Create(new CorpusOptions(pages, seed, guideBytes));
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var written = 0L;
foreach (var (root, files) in new[] { ("mend/input", MendFiles.Of(plan)), ("hugo", HugoFiles.Of(plan)) })
{
    var top = Path.Combine(output, root.Split('/')[0]);
    if (Directory.Exists(top))
    {
        Directory.Delete(top, recursive: true);
    }
    foreach (var (path, text) in files)
    {
        var full = Path.Combine(output, root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var bytes = utf8.GetBytes(text);
        await File.WriteAllBytesAsync(full, bytes);
        written += bytes.Length;
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"corpus: {plan.Guides.Count} guides, {plan.Entries.Count} catalog entries (seed {seed}) in '{output}': {written / 1024} KB written for Mend and Hugo"));
return 0;
