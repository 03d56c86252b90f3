namespace Waymark.Cli;

/// <summary>A failure a command reports to the user with an exit code, not a stack trace.</summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string message)
        : base(message) => ExitCode = exitCode;

    public int ExitCode { get; }
}
