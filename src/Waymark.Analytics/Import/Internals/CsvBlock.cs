namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// A run of whole CSV records and what a worker parsed from it: per row the trimmed customer, activity and channel
/// as (start, length) in <see cref="Chars"/> (unescaped quoted fields are copied after the data), the customer's
/// hash and whether it repeats the previous accepted row's customer, the ticks, and the problems found. A row with a
/// problem has customer start -1.
/// </summary>
internal sealed class CsvBlock(int dataChars)
{
    public const int FieldsPerRow = 8;

    /// <summary>The data in [0, Length), then room for unescaped fields.</summary>
    public char[] Chars { get; } = new char[(dataChars * 2) + 2];

    public int DataCapacity { get; } = dataChars;

    public int Length { get; set; }

    public long FirstLine { get; set; }

    public int Rows { get; set; }

    public int[] Fields { get; private set; } = new int[FieldsPerRow * 4096];

    public long[] Ticks { get; private set; } = new long[4096];

    public List<ImportProblem> Problems { get; } = [];

    public void Reset()
    {
        Rows = 0;
        Problems.Clear();
    }

    public void EnsureRow()
    {
        if (Rows == Ticks.Length)
        {
            var fields = Fields;
            var ticks = Ticks;
            Array.Resize(ref fields, fields.Length * 2);
            Array.Resize(ref ticks, ticks.Length * 2);
            Fields = fields;
            Ticks = ticks;
        }
    }
}
