using Spectre.Console;

namespace Waymark.Cli.Internals;

/// <summary>The Spectre.Console for problems and progress, which writes to the error stream.</summary>
internal static class ErrorConsole
{
    /// <summary>
    /// Colours only on the process's own standard error when it is a terminal: redirected to a file or a CI log, the
    /// stream gets plain text, so the only escape sequences a terminal could ever see are our own colours.
    /// </summary>
    public static IAnsiConsole Over(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected ? AnsiSupport.Detect : AnsiSupport.No,
    });
}
