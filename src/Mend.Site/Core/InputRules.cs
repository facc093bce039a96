using Mend.Pipeline.IO;

namespace Mend.Site.Core;

/// <summary>What every file a build reads (input and theme) may be, with the site's error codes.</summary>
public static class InputRules
{
    public static readonly SourceRules Files = new(
        Limits.FileBytes, ErrorCodes.LimitExceeded, ErrorCodes.InvalidEncoding, ErrorCodes.UnreadableInput);
}
