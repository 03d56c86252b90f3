using Spectre.Console;

namespace Waymark.Cli.Internals;

/// <summary>The Spectre.Console for problems and progress, which writes to the error stream.</summary>
internal static class ErrorConsole
{
    /// <summary>Wide enough that no message is broken: a redirected stream has no width of its own (Spectre assumes 80).</summary>
    private const int UnwrappedWidth = 10_000;

    /// <summary>
    /// Colours only on the process's own standard error when it is a terminal: redirected to a file or a CI log, the
    /// stream gets plain text, so the only escape sequences a terminal could ever see are our own colours. There, a
    /// message also stays on one line, whole for grep and for the reader of a log.
    /// </summary>
    public static IAnsiConsole Over(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }
}
