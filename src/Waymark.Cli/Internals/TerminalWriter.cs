using System.Text;

namespace Waymark.Cli.Internals;

/// <summary>
/// A writer for plain-text output (the error stream, System.CommandLine's messages) that passes everything through
/// <see cref="TerminalText.Message"/>, so no call site can forget it. Spectre.Console's own output does not go
/// through here: it writes escape sequences of its own (colours), and its text is made safe before it is marked up.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private char? _pendingHigh; // a surrogate pair written one char at a time

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        if (_pendingHigh is { } high)
        {
            _pendingHigh = null;
            inner.Write(TerminalText.Message(string.Concat(high, value)));
            return;
        }

        if (char.IsHighSurrogate(value))
        {
            _pendingHigh = value;
            return;
        }

        inner.Write(TerminalText.Message(value.ToString()));
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (_pendingHigh is { } high)
        {
            _pendingHigh = null;
            value = high + value;
        }

        inner.Write(TerminalText.Message(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();
}
