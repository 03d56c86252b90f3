using System.Text;

namespace Waymark.Bench.ClickHouse;

/// <summary>A TextWriter that hands on each line written, without its newline: the generator's CSV a line at a time.</summary>
internal abstract class CsvLineWriter : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer)
    {
        foreach (var c in buffer)
        {
            if (c != '\n')
            {
                _line.Append(c);
                continue;
            }

            AddLine(_line.ToString());
            _line.Clear();
        }
    }

    /// <summary>One whole line of the CSV (the header included).</summary>
    protected abstract void AddLine(string line);
}
