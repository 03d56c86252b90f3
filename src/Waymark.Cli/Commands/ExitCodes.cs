namespace Waymark.Cli.Commands;

/// <summary>Process exit codes of the waymark CLI.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line could not be parsed (System.CommandLine reports it).</summary>
    public const int Usage = 1;

    /// <summary>An option value is not valid (a bad duration, funnel step list, ...).</summary>
    public const int InvalidOption = 2;

    public const int InputNotFound = 3;

    /// <summary>The input has bad rows (under --on-error fail) or cannot be read at all.</summary>
    public const int ImportFailed = 4;

    public const int OutputFailed = 5;
}
