using Spectre.Console;

namespace Waymark.Cli;

/// <summary>Where commands write: the console for results, the error writer for problems.</summary>
public sealed class CliContext
{
    public CliContext(IAnsiConsole console, TextWriter error)
    {
        Console = console;
        Error = error;
    }

    public IAnsiConsole Console { get; }
    public TextWriter Error { get; }

    /// <summary>Plain text to standard output (no markup interpretation, so file names with [] are safe).</summary>
    public void Line(string text) => Console.Profile.Out.Writer.WriteLine(text);
}
