using System.Collections.Immutable;

namespace Mend.Pipeline.Tests;

public class DocumentTests
{
    private static readonly Key<string> Title = new("title");
    private static readonly Key<int> Order = new("order");
    private static readonly Key<string[]> Tags = new("tags");

    [Fact]
    public void NewDocumentIsEmpty()
    {
        // Given a new document
        var document = new Document();

        // Then it has no source, destination, metadata, content or bytes
        Assert.Equal("", document.Source);
        Assert.Null(document.Destination);
        Assert.Empty(document.Metadata);
        Assert.Equal("", document.Content);
        Assert.Null(document.Bytes);
    }

    [Fact]
    public void WithContentReturnsANewDocumentAndLeavesTheOriginalUnchanged()
    {
        // Given a document
        var original = new Document { Source = "a.md", Destination = "a.html", Content = "old" }.WithMetadata(Title, "A");

        // When its content is replaced
        var changed = original.WithContent("new");

        // Then the new document has the new content and everything else, and the original is unchanged
        Assert.NotSame(original, changed);
        Assert.Equal("old", original.Content);
        Assert.Equal("new", changed.Content);
        Assert.Equal("a.md", changed.Source);
        Assert.Equal("a.html", changed.Destination);
        Assert.Equal("A", changed.Get(Title));
    }

    [Fact]
    public void WithMetadataReturnsANewDocumentAndLeavesTheOriginalUnchanged()
    {
        // Given a document with a title
        var original = new Document { Source = "a.md", Content = "body" }.WithMetadata(Title, "First");

        // When the title is replaced and another key added
        var changed = original.WithMetadata(Title, "Second").WithMetadata(Order, 3);

        // Then the new document has both, and the original still has only the first title
        Assert.Equal("Second", changed.Get(Title));
        Assert.Equal(3, changed.Get(Order));
        Assert.Equal("body", changed.Content);
        Assert.Equal("First", original.Get(Title));
        Assert.False(original.Has(Order));
        Assert.Single(original.Metadata);
    }

    [Fact]
    public void TypedKeysReadBackTheirValues()
    {
        // Given a document with string, int and array metadata
        var document = new Document()
            .WithMetadata(Title, "Hello")
            .WithMetadata(Order, 42)
            .WithMetadata(Tags, ["a", "b"]);

        // Then Get, TryGet and Has return them
        Assert.Equal("Hello", document.Get(Title));
        Assert.True(document.TryGet(Order, out var order));
        Assert.Equal(42, order);
        Assert.True(document.Has(Tags));
        Assert.Equal(["a", "b"], document.Get(Tags));
    }

    [Fact]
    public void KeyOfTheWrongTypeDoesNotMatch()
    {
        // Given a document whose "order" metadata is a string
        var document = new Document().WithMetadata(new Key<string>("order"), "3");

        // When it is read with an int key of the same name
        var found = document.TryGet(Order, out var value);

        // Then it is not found
        Assert.False(found);
        Assert.Equal(0, value);
        Assert.False(document.Has(Order));
        Assert.Throws<KeyNotFoundException>(() => document.Get(Order));
    }

    [Fact]
    public void GetOfAMissingKeyThrowsNamingTheDocumentAndKey()
    {
        // Given a document without a title
        var document = new Document { Source = "posts/a.md" }.WithMetadata(Order, 1);

        // When the title is read
        var error = Assert.Throws<KeyNotFoundException>(() => document.Get(Title));

        // Then the message names the document and key
        Assert.Contains("posts/a.md", error.Message);
        Assert.Contains("title", error.Message);
    }

    [Fact]
    public void TryGetAndHasOfAMissingKeyReturnFalse()
    {
        // Given a document with only an order
        var document = new Document().WithMetadata(Order, 1);

        // Then a title is neither had nor found
        Assert.False(document.Has(Title));
        Assert.False(document.TryGet(Title, out var title));
        Assert.Null(title);
    }

    [Fact]
    public void KeysWithTheSameNameAndTypeAreEqual()
    {
        // Given a key made twice
        var key = new Key<string>("title");

        // Then a value stored through one is read through the other
        Assert.Equal(Title, key);
        Assert.Equal("T", new Document().WithMetadata(Title, "T").Get(key));
    }

    [Fact]
    public void BytesAreKeptWithTheDocument()
    {
        // Given a document with bytes
        var document = new Document { Source = "logo.png", Bytes = ImmutableArray.Create<byte>(1, 2, 3) };

        // When its metadata changes
        var changed = document.WithMetadata(Title, "Logo");

        // Then the bytes are still there
        Assert.Equal([1, 2, 3], changed.Bytes!.Value.ToArray());
    }
}
