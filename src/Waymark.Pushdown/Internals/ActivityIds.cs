using System.Globalization;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// A source's activities as small integers for the arrays a per-customer query builds (two bytes an event there,
/// where the names cost their length and a string compare each). Id = 1 + the name's place in ordinal order, so an
/// array of ids compares in ClickHouse as the engine compares activity names (ordinal, not UTF-8 byte order); 0 is
/// an activity stored after the ids were read. <see cref="FirstSeen"/> is the in-memory log's id order (first
/// appearance in input order, min(seq)), the tie-break the flow graph's coverage cut uses.
/// </summary>
internal sealed class ActivityIds
{
    public const int Columns = 2;

    private readonly string[] _names;
    private readonly int[] _firstSeen;

    private ActivityIds(string[] names, int[] firstSeen) => (_names, _firstSeen) = (names, firstSeen);

    /// <summary>Every activity of the source with its first seq (the whole source: the log's dictionary holds them all).</summary>
    public static string Sql(string source) => $"SELECT activity, min(seq) FROM events WHERE {source} GROUP BY activity";

    public static ActivityIds Read(IEnumerable<string?[]> rows)
    {
        var read = rows.Select(r => (Name: r[0]!, First: DurationSql.Long(r[1]))).ToList();
        read.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name));
        var names = read.Select(r => r.Name).ToArray();
        var byFirst = Enumerable.Range(0, names.Length).OrderBy(i => read[i].First).ToArray();
        var firstSeen = new int[names.Length + 1];
        for (var rank = 0; rank < byFirst.Length; rank++)
        {
            firstSeen[byFirst[rank] + 1] = rank;
        }

        return new ActivityIds(names, firstSeen);
    }

    public int Count => _names.Length;

    /// <summary>The activity of an id (1-based); 0 means the source changed while it was read.</summary>
    public string Name(long id) => id >= 1 && id <= _names.Length ? _names[id - 1] : throw new SourceChangedException();

    /// <summary>
    /// Runs an analysis over freshly read ids, and again (ids read anew) while an activity stored between the two
    /// queries makes its answer name an unknown id: a source under live ingestion gains activities. After
    /// <paramref name="attempts"/> tries the last <see cref="SourceChangedException"/> goes to the caller.
    /// </summary>
    public static async Task<T> WithRetryAsync<T>(Func<Task<ActivityIds>> read, Func<ActivityIds, Task<T>> run, int attempts = 3)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(run);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run(await read().ConfigureAwait(false)).ConfigureAwait(false);
            }
            catch (SourceChangedException) when (attempt < attempts)
            {
                // Read the ids again.
            }
        }
    }

    /// <summary>The id's place in the in-memory log's activity order (first appearance by seq), 0-based; 0 means the source changed.</summary>
    public int FirstSeen(long id) => id >= 1 && id <= _names.Length ? _firstSeen[id] : throw new SourceChangedException();

    /// <summary>An event's id as a SQL expression: UInt16 while the ids fit (the log's own limit), else UInt32.</summary>
    public string Expression()
    {
        var type = _names.Length < ushort.MaxValue ? "UInt16" : "UInt32";
        var names = string.Join(", ", _names.Select(ClickHouseText.Literal));
        var ids = string.Join(", ", Enumerable.Range(1, _names.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        return _names.Length == 0 ? $"to{type}(0)" : $"transform(activity, [{names}], CAST([{ids}] AS Array({type})), to{type}(0))";
    }

    /// <summary>
    /// A customer's event ids in the engine's order (time, then seq): for a SELECT that groups by customer_id. Sorted by
    /// a tuple key because ties in time are ordered by input order, which the table's sort key does not hold.
    /// </summary>
    public string CustomerSequence() => $"arraySort((x, k) -> k, groupArray({Expression()}), groupArray((ticks, seq)))";

    /// <summary>Parses an array of ids as ClickHouse writes it in TabSeparated: <c>[3,1,2]</c>.</summary>
    public IReadOnlyList<string> Names(string? array) => [.. Parse(array).Select(Name)];

    /// <summary>The ids of an array as ClickHouse writes it in TabSeparated (<c>[3,1,2]</c>), unchecked.</summary>
    public static long[] Parse(string? array)
    {
        var text = array ?? throw new FormatException("ids: no value");
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']')
        {
            throw new FormatException($"ids: unexpected value {text}");
        }

        return text.Length == 2 ? [] : [.. text[1..^1].Split(',').Select(n => long.Parse(n, CultureInfo.InvariantCulture))];
    }
}
