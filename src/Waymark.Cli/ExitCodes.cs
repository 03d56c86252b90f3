namespace Waymark.Cli;

/// <summary>The CLI's exit codes; scripts and CI rely on them, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was read but is not a valid map (validate), or the server refused it.</summary>
    public const int Invalid = 1;

    /// <summary>Bad command-line usage: unknown option, missing argument, unknown template.</summary>
    public const int Usage = 2;

    /// <summary>A file or folder could not be read or written.</summary>
    public const int IoError = 3;

    /// <summary>The server could not be reached or answered with an unexpected error.</summary>
    public const int ServerError = 4;

    /// <summary>The server's copy changed since it was read (HTTP 412).</summary>
    public const int Conflict = 5;

    /// <summary>What the command names does not exist (users reset-password: no account has that email).</summary>
    public const int NotFound = 6;

    /// <summary>
    /// A fault in waymark itself: an exception no command expected reached the top. The message names it (never a
    /// stack trace); the value is sysexits' EX_SOFTWARE.
    /// </summary>
    public const int InternalError = 70;
}
