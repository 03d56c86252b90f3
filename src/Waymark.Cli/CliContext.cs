using Spectre.Console;
using Waymark.Cli.Internals;

namespace Waymark.Cli;

/// <summary>Where commands write: the console for results, the error writer for problems.</summary>
public sealed class CliContext
{
    public CliContext(IAnsiConsole console, TextWriter error)
    {
        Console = console;
        RawError = error;
        Error = new TerminalWriter(error);
    }

    public IAnsiConsole Console { get; }

    /// <summary>The error stream for plain text: whatever is written is made terminal-safe (<see cref="TerminalText"/>).</summary>
    public TextWriter Error { get; }

    /// <summary>The error stream itself, for a Spectre.Console that writes its own colours (its text goes through <see cref="SafeMarkup"/>).</summary>
    internal TextWriter RawError { get; }

    /// <summary>Plain text to standard output (no markup interpretation, so file names with [] are safe; terminal-safe).</summary>
    public void Line(string text) => Console.Profile.Out.Writer.WriteLine(TerminalText.Message(text));
}
