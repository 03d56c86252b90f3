namespace Waymark.Cli.Internals;

/// <summary>A feedback file that cannot be read as asked; the message names the file and line.</summary>
public sealed class FeedbackFileException(string message) : Exception(message);
