namespace Mend.Site.Core;

/// <summary>Every diagnostic code the site reports; docs/errors.md explains each (a test requires an entry per code).</summary>
public static class ErrorCodes
{
    public const string YamlSyntax = "MEND101";
    public const string EmptyFile = "MEND102";
    public const string UnknownKey = "MEND103";
    public const string MissingKey = "MEND104";
    public const string WrongType = "MEND105";
    public const string InvalidValue = "MEND106";
    public const string DuplicateId = "MEND107";
    public const string MissingFrontMatter = "MEND108";
    public const string MissingSiteConfig = "MEND109";
    public const string MissingTheme = "MEND110";
    public const string UnsafeOutput = "MEND111";
    public const string LimitExceeded = "MEND112";
    public const string InvalidEncoding = "MEND113";
    public const string UnreadableInput = "MEND114";
    public const string OutputNotWritable = "MEND115";
    public const string Template = "MEND120";
    public const string MissingString = "MEND121";
    public const string MissingLanguage = "MEND122";

    public const string UnknownXref = "MEND201";
    public const string UnknownAnchor = "MEND202";
    public const string MissingLinkedFile = "MEND203";
    public const string BrokenLink = "MEND204";
    public const string BrokenAnchor = "MEND205";
    public const string ThirdPartyResource = "MEND206";
    public const string DuplicateDestination = "MEND207";
    public const string UnsafeHtml = "MEND208";
    public const string UnknownBlockKind = "MEND209";
    public const string MissingAltText = "MEND210";

    // Warnings: the build succeeds, but something the author wrote has no effect.
    public const string UnusedSupportNote = "MEND301";
    public const string UnreadInput = "MEND302";
    public const string LeftoverOutput = "MEND303";
    public const string DangerWordWithoutSafety = "MEND304";
    public const string ReviewOverdue = "MEND305";
    public const string LargeImage = "MEND306";
}
