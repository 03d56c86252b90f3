namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// A run of whole CSV records and what a worker parsed from it. Per accepted row: the trimmed customer as (start,
/// length) in <see cref="Chars"/> (unescaped quoted fields are copied after the data), its hash and whether it
/// repeats the previous accepted row's; the block-local ids of the activity and channel (see
/// <see cref="LocalNames"/>); the ticks. Bad rows leave only their problem. The consumer fills the global ids.
/// </summary>
internal sealed class CsvBlock(int dataChars)
{
    /// <summary>Customer start, length, hash, and 1 when the previous accepted row has the same customer.</summary>
    public const int FieldsPerRow = 4;

    private int[]? _separators;

    /// <summary>The data in [0, Length), then room for unescaped fields.</summary>
    public char[] Chars { get; } = new char[(dataChars * 2) + 2];

    public int DataCapacity { get; } = dataChars;

    public int Length { get; set; }

    public long FirstLine { get; set; }

    /// <summary>Accepted rows.</summary>
    public int Rows { get; set; }

    /// <summary>Rows read, accepted or not (every bad row has one problem).</summary>
    public int RowsRead => Rows + Problems.Count;

    public int[] Fields { get; private set; } = new int[FieldsPerRow * 4096];

    public long[] Ticks { get; private set; } = new long[4096];

    public int[] LocalActivity { get; private set; } = new int[4096];

    /// <summary>0 for no channel, else the local channel id + 1.</summary>
    public int[] LocalChannel { get; private set; } = new int[4096];

    public int[] CustomerIds { get; private set; } = new int[4096];

    public ushort[] ActivityIds { get; private set; } = new ushort[4096];

    public ushort[] ChannelIds { get; private set; } = new ushort[4096];

    public LocalNames Activities { get; } = new();

    public LocalNames Channels { get; } = new();

    public List<ImportProblem> Problems { get; } = [];

    /// <summary>Room for the positions of every delimiter and line break of the data (see <see cref="SeparatorIndex"/>).</summary>
    public int[] Separators => _separators ??= new int[DataCapacity];

    public void Reset()
    {
        Rows = 0;
        Problems.Clear();
        Activities.Reset();
        Channels.Reset();
    }

    public void EnsureRow()
    {
        if (Rows < Ticks.Length)
        {
            return;
        }

        var size = Ticks.Length * 2;
        Fields = Grown(Fields, size * FieldsPerRow);
        Ticks = Grown(Ticks, size);
        LocalActivity = Grown(LocalActivity, size);
        LocalChannel = Grown(LocalChannel, size);
        CustomerIds = Grown(CustomerIds, size);
        ActivityIds = Grown(ActivityIds, size);
        ChannelIds = Grown(ChannelIds, size);
    }

    private static T[] Grown<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
