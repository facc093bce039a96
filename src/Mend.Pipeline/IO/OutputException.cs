namespace Mend.Pipeline.IO;

/// <summary>The output cannot be written where it was asked for; the message says why, for the person who asked.</summary>
public sealed class OutputException(string message, Exception? innerException) : IOException(message, innerException);
