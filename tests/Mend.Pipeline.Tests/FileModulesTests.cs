using System.Collections.Immutable;
using System.Text;
using Mend.Pipeline.IO;
using Mend.Pipeline.Modules;

namespace Mend.Pipeline.Tests;

public sealed class FileModulesTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeContext _context = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("out");

    private Task<IReadOnlyList<Document>> Read(string folder, string pattern, bool recursive = false, bool binary = false) =>
        new ReadFiles(TestRules.Files, _temp.Path, folder, pattern, recursive, binary).ExecuteAsync([], _context);

    /// <summary>The Source ReadFiles gives a file: the read root joined with the file's path below it, with forward slashes.</summary>
    private string SourceOf(string relative) => Path.Join(_temp.Path, relative).Replace('\\', '/');

    private Task<IReadOnlyList<Document>> Write(params Document[] documents) =>
        new WriteFiles(Output).ExecuteAsync(documents, _context);

    [Fact]
    public async Task ReadFilesReturnsDocumentsInOrdinalOrder()
    {
        // Given files whose ordinal order differs from their culture-aware order
        _temp.Write("content/b.md", "b");
        _temp.Write("content/_x.md", "x");
        _temp.Write("content/a.md", "a");
        _temp.Write("content/B.md", "B");

        // When they are read
        var documents = await Read("content", "*.md");

        // Then they come back in ordinal order of their path
        Assert.Equal(new[] { "content/B.md", "content/_x.md", "content/a.md", "content/b.md" }.Select(SourceOf), documents.Select(d => d.Source));
        Assert.Equal(["B", "x", "a", "b"], documents.Select(d => d.Content));
    }

    [Fact]
    public async Task ReadFilesSourceIsRelativeToTheRootWithForwardSlashes()
    {
        // Given files in nested folders
        _temp.Write(Path.Combine("content", "posts", "2024", "hello.md"), "hello");
        _temp.Write(Path.Combine("content", "index.md"), "index");

        // When they are read recursively
        var documents = await Read("content", "*.md", recursive: true);

        // Then each Source is the root joined with the file's path below it, with forward slashes, and nothing has a destination yet
        Assert.Equal([SourceOf("content/index.md"), SourceOf("content/posts/2024/hello.md")], documents.Select(d => d.Source));
        Assert.All(documents, d => Assert.DoesNotContain('\\', d.Source));
        Assert.All(documents, d => Assert.Null(d.Destination));
    }

    [Fact]
    public async Task ReadFilesWithARelativeRootGivesRelativeSources()
    {
        // Given a file, and a root naming its folder relative to the current directory
        _temp.Write(Path.Combine("content", "guides", "a.md"), "a");
        var root = Path.GetRelativePath(Environment.CurrentDirectory, _temp.Path);
        Assert.False(Path.IsPathRooted(root));

        // When it is read
        var documents = await new ReadFiles(TestRules.Files, root, "content", "*.md", recursive: true).ExecuteAsync([], _context);

        // Then its Source is relative too, with forward slashes
        var source = Assert.Single(documents).Source;
        Assert.Equal(root.Replace('\\', '/') + "/content/guides/a.md", source);
        Assert.False(Path.IsPathRooted(source));
    }

    [Fact]
    public async Task ReadFilesWithoutRecursionSkipsSubfolders()
    {
        // Given files at the top and in a subfolder
        _temp.Write("content/top.md", "top");
        _temp.Write("content/sub/nested.md", "nested");

        // When they are read without recursion
        var documents = await Read("content", "*.md");

        // Then only the top file is read
        Assert.Equal(SourceOf("content/top.md"), Assert.Single(documents).Source);
    }

    [Fact]
    public async Task ReadFilesOnlyReadsFilesMatchingThePattern()
    {
        // Given a markdown file and a text file
        _temp.Write("content/a.md", "a");
        _temp.Write("content/b.txt", "b");

        // When markdown files are read
        var documents = await Read("content", "*.md");

        // Then only the markdown file is read
        Assert.Equal(SourceOf("content/a.md"), Assert.Single(documents).Source);
    }

    [Fact]
    public async Task ReadFilesOfAMissingFolderReturnsNoDocuments()
    {
        // Given no such folder
        // When it is read
        var documents = await Read("missing", "*");

        // Then there are no documents and no diagnostics
        Assert.Empty(documents);
        Assert.Empty(_context.Diagnostics);
    }

    [Fact]
    public async Task ReadFilesAddsWhatItReadsAfterItsInputs()
    {
        // Given an input document and one file
        _temp.Write("content/a.md", "a");
        var module = new ReadFiles(TestRules.Files, _temp.Path, "content", "*.md");

        // When the module runs with that input
        var documents = await module.ExecuteAsync([new Document { Source = "earlier" }], _context);

        // Then the input comes first, then the file
        Assert.Equal(["earlier", SourceOf("content/a.md")], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task ReadFilesLeavesOutAndDoesNotClaimTheFilesItsExceptionMatches()
    {
        // Given a Markdown file and an image in one folder
        _temp.Write("content/a.md", "a");
        _temp.Write("content/sub/b.png", "b");
        var module = new ReadFiles(TestRules.Files, _temp.Path, "content", "*", recursive: true) { Except = "*.md" };

        // When the module reads everything but Markdown
        var documents = await module.ExecuteAsync([], _context);

        // Then only the image is read, and only the image is the module's
        Assert.Equal([SourceOf("content/sub/b.png")], documents.Select(d => d.Source));
        Assert.Equal((false, true), (module.Reads("content/a.md"), module.Reads("content/sub/b.png")));
    }

    [Fact]
    public async Task ReadFilesInBinaryModeReadsBytes()
    {
        // Given a binary file
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF];
        Directory.CreateDirectory(_temp.Combine("assets"));
        await File.WriteAllBytesAsync(_temp.Combine("assets", "logo.png"), bytes, TestContext.Current.CancellationToken);

        // When it is read in binary mode
        var document = Assert.Single(await Read("assets", "*.png", binary: true));

        // Then its bytes are the file's bytes
        Assert.Equal(SourceOf("assets/logo.png"), document.Source);
        Assert.Equal(bytes, document.Bytes!.Value.ToArray());
    }

    [Fact]
    public async Task ReadFilesReportsAFileItCannotUseAndReadsTheRest()
    {
        // Given a good file, one with invalid UTF-8 on its second line, one too large, and a link to nowhere
        _temp.Write("content/good.md", "good");
        await File.WriteAllBytesAsync(_temp.Combine("content", "bad.md"), [(byte)'o', (byte)'k', (byte)'\n', (byte)'x', 0xFF],
            TestContext.Current.CancellationToken);
        _temp.Write("content/huge.md", new string('x', (int)TestRules.MaxBytes + 1));
        File.CreateSymbolicLink(_temp.Combine("content", "gone.md"), "nowhere.md");

        // When they are read
        var documents = await Read("content", "*.md");

        // Then the good file is read, and each other is an error at its path (and line and column when it has them)
        Assert.Equal([SourceOf("content/good.md")], documents.Select(d => d.Source));
        Assert.Equal(
            [("BAD-TEXT", SourceOf("content/bad.md"), 2, 2), ("UNREADABLE", SourceOf("content/gone.md"), 0, 0), ("TOO-LARGE", SourceOf("content/huge.md"), 0, 0)],
            _context.Diagnostics.Select(d => (d.Code, d.File, d.Line, d.Column)).OrderBy(d => d.File, StringComparer.Ordinal));
        Assert.All(_context.Diagnostics, d => Assert.True(d.IsError));
    }

    [Fact]
    public async Task ReadFilesDecodesUtf8Text()
    {
        // Given a UTF-8 file with a byte order mark and non-ASCII text
        Directory.CreateDirectory(_temp.Combine("content"));
        await File.WriteAllTextAsync(_temp.Combine("content", "a.md"), "héllo ✓", new UTF8Encoding(true), TestContext.Current.CancellationToken);

        // When it is read
        var document = Assert.Single(await Read("content", "*.md"));

        // Then the text is decoded without the byte order mark
        Assert.Equal("héllo ✓", document.Content);
        Assert.Null(document.Bytes);
    }

    [Fact]
    public async Task WriteFilesWritesOnlyDocumentsWithADestination()
    {
        // Given one document with a nested destination and one without
        var written = new Document { Source = "posts/a.md", Destination = "posts/a/index.html", Content = "<p>a</p>" };
        var skipped = new Document { Source = "drafts/b.md", Content = "<p>b</p>" };

        // When they are written
        var returned = await Write(written, skipped);

        // Then only the first exists, under the output folder, and the documents pass through unchanged
        Assert.Equal(
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["posts/a/index.html"] = "<p>a</p>" },
            TempFolder.Snapshot(Output));
        Assert.Equal([written, skipped], returned);
        Assert.Empty(_context.Diagnostics);
    }

    [Fact]
    public async Task WriteFilesWritesUtf8WithoutAByteOrderMark()
    {
        // Given a document with non-ASCII content
        const string content = "héllo ✓ 日本";

        // When it is written
        await Write(new Document { Destination = "a.html", Content = content });

        // Then the file holds exactly the UTF-8 bytes of the content
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Output, "a.html"), TestContext.Current.CancellationToken);
        Assert.Equal(new UTF8Encoding(false).GetBytes(content), bytes);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public async Task WriteFilesWritesBytesInsteadOfContent()
    {
        // Given a document with both bytes and content
        byte[] bytes = [0x00, 0xFF, 0x10, 0x80];
        var document = new Document { Destination = "img/logo.png", Content = "ignored", Bytes = ImmutableArray.Create(bytes) };

        // When it is written
        await Write(document);

        // Then the file holds the bytes
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(Output, "img", "logo.png"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WriteFilesOverwritesAnExistingFile()
    {
        // Given a file already in the output folder
        _temp.Write("out/a.html", "a much longer old content");

        // When a document with the same destination is written
        await Write(new Document { Destination = "a.html", Content = "new" });

        // Then the file holds only the new content
        Assert.Equal("new", File.ReadAllText(Path.Combine(Output, "a.html")));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../x")]
    [InlineData("posts/../../x")]
    [InlineData("../out-sibling/x")]
    [InlineData("../out2")]
    public async Task WriteFilesRefusesADestinationOutsideTheOutputFolder(string destination)
    {
        // Given a document escaping the output folder, and a legitimate one after it
        Directory.CreateDirectory(Output);
        var escaping = new Document { Source = "evil.md", Destination = destination, Content = "escaped" };
        var fine = new Document { Source = "fine.md", Destination = "fine.html", Content = "fine" };

        // When they are written
        await Write(escaping, fine);

        // Then the escaping one is refused with an error on its source, nothing is written outside, and the other is written
        var error = Assert.Single(_context.Diagnostics);
        Assert.Equal("MEND901", error.Code);
        Assert.True(error.IsError);
        Assert.Equal("evil.md", error.File);
        Assert.Contains(destination, error.Message);
        Assert.Equal(["fine.html"], TempFolder.Snapshot(_temp.Path).Keys.Select(k => k.Replace("out/", "")));
    }

    [Fact]
    public async Task WriteFilesRefusesAnAbsoluteDestination()
    {
        // Given a document whose destination is an absolute path outside the output folder
        var elsewhere = _temp.Combine("elsewhere.html");

        // When it is written
        await Write(new Document { Source = "evil.md", Destination = elsewhere, Content = "escaped" });

        // Then it is refused
        Assert.Equal("MEND901", Assert.Single(_context.Diagnostics).Code);
        Assert.False(File.Exists(elsewhere));
    }

    [Fact]
    public async Task ReadThenWriteThroughTheEngineIntoAStagedDirectory()
    {
        // Given content files, and a pipeline that reads, gives destinations and writes into a staged folder
        _temp.Write("content/a.md", "A");
        _temp.Write("content/b.md", "B");
        _temp.Write("site/stale.html", "stale");
        using var staged = new StagedDirectory(_temp.Combine("site"));
        var pipeline = new Pipeline("pages")
        {
            Input = [new ReadFiles(TestRules.Files, _temp.Path, "content", "*.md")],
            Process =
            [
                Modules.From((inputs, _) => inputs
                    .Select(d => d with { Destination = Path.ChangeExtension(Path.GetFileName(d.Source), ".html"), Content = $"<p>{d.Content}</p>" })
                    .ToList()),
            ],
            Output = [new WriteFiles(staged.Path)],
        };

        // When the engine runs and the staged folder is committed
        var result = await Run.Engine(pipeline);
        staged.Commit();

        // Then the site holds exactly the written pages
        Assert.True(result.Succeeded);
        Assert.Equal(
            new SortedDictionary<string, string>(StringComparer.Ordinal) { ["a.html"] = "<p>A</p>", ["b.html"] = "<p>B</p>" },
            TempFolder.Snapshot(_temp.Combine("site")));
    }

    [Fact]
    public async Task RefusedWriteFailsTheOutputPhase()
    {
        // Given a pipeline writing a document that escapes the output folder
        var pipeline = new Pipeline("pages")
        {
            Input = [Modules.From((_, _) => [new Document { Source = "evil.md", Destination = "../x", Content = "x" }])],
            Output = [new WriteFiles(Output)],
        };

        // When the engine runs
        var result = await Run.Engine(pipeline);

        // Then the Output phase failed with MEND901 and nothing was written
        Assert.Equal(Phase.Output, result.FailedPhase);
        Assert.Equal("evil.md: error MEND901: refusing to write outside the output folder: ../x", Assert.Single(result.Diagnostics).ToString());
        Assert.False(File.Exists(_temp.Combine("x")));
    }

    [Theory]
    [InlineData("guides/a.md", false, true)]
    [InlineData("guides/a.yml", false, false)]
    [InlineData("guides/sub/a.md", false, false)]
    [InlineData("guides/sub/a.md", true, true)]
    [InlineData("guidesx/a.md", true, false)]
    [InlineData("a.md", true, false)]
    public void ReadFilesSaysWhichFilesItReads(string relativePath, bool recursive, bool expected) =>
        Assert.Equal(expected, new ReadFiles(TestRules.Files, "input", "guides", "*.md", recursive).Reads(relativePath));
}
