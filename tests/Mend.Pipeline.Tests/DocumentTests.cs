using System.Collections.Immutable;

namespace Mend.Pipeline.Tests;

public class DocumentTests
{
    private sealed record Title(string Text);

    private sealed record Order(int Position);

    private sealed record Tags(string[] Names);

    /// <summary>A title of another kind: metadata is keyed by type, so it never stands in for <see cref="Title"/>.</summary>
    private sealed record Heading(string Text);

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
        var original = new Document { Source = "a.md", Destination = "a.html", Content = "old" }.With(new Title("A"));

        // When its content is replaced
        var changed = original.WithContent("new");

        // Then the new document has the new content and everything else, and the original is unchanged
        Assert.NotSame(original, changed);
        Assert.Equal("old", original.Content);
        Assert.Equal("new", changed.Content);
        Assert.Equal("a.md", changed.Source);
        Assert.Equal("a.html", changed.Destination);
        Assert.Equal("A", changed.Get<Title>().Text);
    }

    [Fact]
    public void WithReturnsANewDocumentAndLeavesTheOriginalUnchanged()
    {
        // Given a document with a title
        var original = new Document { Source = "a.md", Content = "body" }.With(new Title("First"));

        // When the title is replaced and another key added
        var changed = original.With(new Title("Second")).With(new Order(3));

        // Then the new document has both, and the original still has only the first title
        Assert.Equal("Second", changed.Get<Title>().Text);
        Assert.Equal(3, changed.Get<Order>().Position);
        Assert.Equal("body", changed.Content);
        Assert.Equal("First", original.Get<Title>().Text);
        Assert.False(original.Has<Order>());
        Assert.Single(original.Metadata);
    }

    [Fact]
    public void EachTypeReadsBackItsValue()
    {
        // Given a document with three kinds of metadata
        var document = new Document()
            .With(new Title("Hello"))
            .With(new Order(42))
            .With(new Tags(["a", "b"]));

        // Then Get, TryGet and Has return each by its type
        Assert.Equal("Hello", document.Get<Title>().Text);
        Assert.True(document.TryGet<Order>(out var order));
        Assert.Equal(42, order.Position);
        Assert.True(document.Has<Tags>());
        Assert.Equal(["a", "b"], document.Get<Tags>().Names);
    }

    [Fact]
    public void AValueOfAnotherTypeDoesNotMatch()
    {
        // Given a document with a heading but no title
        var document = new Document().With(new Heading("Hello"));

        // When a title is read
        var found = document.TryGet<Title>(out var value);

        // Then it is not found
        Assert.False(found);
        Assert.Null(value);
        Assert.False(document.Has<Title>());
        Assert.Throws<KeyNotFoundException>(() => document.Get<Title>());
    }

    [Fact]
    public void GetOfMissingMetadataThrowsNamingTheDocumentAndType()
    {
        // Given a document without a title
        var document = new Document { Source = "posts/a.md" }.With(new Order(1));

        // When the title is read
        var error = Assert.Throws<KeyNotFoundException>(() => document.Get<Title>());

        // Then the message names the document and the type
        Assert.Contains("posts/a.md", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(Title), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetAndHasOfMissingMetadataReturnFalse()
    {
        // Given a document with only an order
        var document = new Document().With(new Order(1));

        // Then a title is neither had nor found
        Assert.False(document.Has<Title>());
        Assert.False(document.TryGet<Title>(out var title));
        Assert.Null(title);
    }

    [Fact]
    public void ANewValueOfATypeReplacesTheOld()
    {
        // Given a document with a title
        var document = new Document().With(new Title("Old"));

        // When another title is set
        var changed = document.With(new Title("New"));

        // Then it holds only the new one
        Assert.Equal("New", changed.Get<Title>().Text);
        Assert.Single(changed.Metadata);
    }

    [Fact]
    public void BytesAreKeptWithTheDocument()
    {
        // Given a document with bytes
        var document = new Document { Source = "logo.png", Bytes = ImmutableArray.Create<byte>(1, 2, 3) };

        // When its metadata changes
        var changed = document.With(new Title("Logo"));

        // Then the bytes are still there
        Assert.Equal([1, 2, 3], changed.Bytes!.Value.ToArray());
    }
}
