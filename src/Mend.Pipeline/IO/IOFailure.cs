namespace Mend.Pipeline.IO;

/// <summary>Why a file operation failed, in words for the person who can fix it.</summary>
public static class IOFailure
{
    public static string Reason(Exception exception) => exception switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => exception.Message.TrimEnd('.'),
    };
}
