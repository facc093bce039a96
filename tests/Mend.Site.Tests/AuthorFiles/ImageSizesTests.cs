using System.Collections.Immutable;
using System.Text;
using Mend.Site.AuthorFiles;
using Mend.Site.Core;

namespace Mend.Site.Tests.AuthorFiles;

/// <summary>Images are measured from their headers, as a browser shows them; anything else has no size.</summary>
public sealed class ImageSizesTests
{
    private static ImageSize? Of(string name, byte[] contents) => ImageSizes.Of(name, ImmutableArray.Create(contents));

    private static ImageSize? OfFixture(string name) => Of(name, File.ReadAllBytes(Path.Join(Repo.Fixtures, "images", name)));

    [Fact]
    public void APngIsMeasuredFromItsHeader() => Assert.Equal(new ImageSize(64, 48), OfFixture("photo.png"));

    [Fact]
    public void AJpegIsMeasuredFromItsFrame() => Assert.Equal(new ImageSize(40, 30), Of("a.jpg", Jpeg(40, 30, orientation: null)));

    [Theory]
    [InlineData(1, 40, 30)]
    [InlineData(3, 40, 30)]
    [InlineData(6, 30, 40)]
    [InlineData(8, 30, 40)]
    public void AJpegTurnedAQuarterByItsOrientationIsShownWithWidthAndHeightSwapped(int orientation, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), Of("a.JPEG", Jpeg(40, 30, orientation)));

    [Fact]
    public void AGifIsMeasuredFromItsHeader()
    {
        byte[] gif = [.. "GIF89a"u8, 40, 0, 30, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 40, 0, 30, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B];
        Assert.Equal(new ImageSize(40, 30), Of("a.gif", gif));
    }

    [Fact]
    public void AWebPIsMeasuredFromItsCanvas()
    {
        byte[] chunk = [.. "VP8X"u8, 10, 0, 0, 0, 0, 0, 0, 0, 39, 0, 0, 29, 0, 0];
        byte[] webp = [.. "RIFF"u8, .. BitConverter.GetBytes(4 + chunk.Length), .. "WEBP"u8, .. chunk];
        Assert.Equal(new ImageSize(40, 30), Of("a.webp", webp));
    }

    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80px" viewBox="0 0 12 8"/>""", 120, 80)]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0,0,120.4,79.6"/>""", 120, 80)]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 50 20"/>""", 50, 20)]
    public void AnSvgIsMeasuredFromItsWidthAndHeightOrElseItsViewBox(string svg, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), Of("a.svg", Encoding.UTF8.GetBytes(svg)));

    [Theory]
    [InlineData("a.svg", """<svg xmlns="http://www.w3.org/2000/svg" width="100%"/>""")]
    [InlineData("a.svg", "not XML")]
    [InlineData("a.svg", "<html/>")]
    [InlineData("a.png", "not a PNG")]
    [InlineData("a.pdf", "%PDF-1.7")]
    [InlineData("a.txt", "text")]
    public void AFileThatIsNotAnImageItsNameSaysHasNoSize(string name, string contents) =>
        Assert.Null(Of(name, Encoding.UTF8.GetBytes(contents)));

    [Fact]
    public void AnImageCutShortOrWithAByteSpoiltAnywhereHasASizeOrNoneButNeverStopsTheBuild()
    {
        var whole = new (string Name, byte[] Contents)[]
        {
            ("a.png", File.ReadAllBytes(Path.Join(Repo.Fixtures, "images", "photo.png"))),
            ("a.jpg", Jpeg(40, 30, orientation: 6)),
            ("a.svg", File.ReadAllBytes(Path.Join(Repo.Fixtures, "images", "drawing.svg"))),
        };
        foreach (var (name, contents) in whole)
        {
            for (var length = 0; length < contents.Length; length++)
            {
                var size = Of(name, contents[..length]);
                Assert.True(size is null || size.Width > 0, $"{name} cut at {length}");
                foreach (var spoilt in new byte[] { 0x00, 0xFF })
                {
                    var changed = (byte[])contents.Clone();
                    changed[length] = spoilt;
                    size = Of(name, changed);
                    Assert.True(size is null || size.Width > 0, $"{name} with byte {length} set to {spoilt}");
                }
            }
        }
    }

    // A JPEG with a start of frame, and an Exif orientation when one is given.
    private static byte[] Jpeg(int width, int height, int? orientation)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        if (orientation is { } turn)
        {
            byte[] tiff = [.. "II*\0"u8, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)turn, 0, 0, 0, 0, 0, 0, 0];
            byte[] exif = [.. "Exif\0\0"u8, .. tiff];
            bytes.AddRange([0xFF, 0xE1, (byte)((exif.Length + 2) >> 8), (byte)(exif.Length + 2), .. exif]);
        }
        bytes.AddRange([0xFF, 0xC0, 0, 17, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width,
            3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }
}
