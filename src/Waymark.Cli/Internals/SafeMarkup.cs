using Spectre.Console;

namespace Waymark.Cli.Internals;

/// <summary>Text of any origin turned into Spectre.Console markup that shows it literally and safely.</summary>
internal static class SafeMarkup
{
    /// <summary>A message (line breaks kept): terminal-safe (<see cref="TerminalText"/>), then markup-escaped.</summary>
    public static string Text(string? text) => Markup.Escape(TerminalText.Message(text));

    /// <summary>A value such as a table cell or a file name: every control character shown escaped.</summary>
    public static string Value(string? text) => Markup.Escape(TerminalText.Value(text));
}
