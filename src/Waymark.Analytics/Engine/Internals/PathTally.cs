namespace Waymark.Analytics.Engine.Internals;

/// <summary>
/// The counts behind a <see cref="PathResult"/>: per (step, activity) node its journeys and ends, per edge its
/// journeys, per complete path its journeys. Filled a journey's path at a time by the engine's pass
/// (<see cref="PathVisitor"/>) or a distinct path with its journeys at a time from pushed-down counts, so both build
/// the result with <see cref="PathReport"/>. Activities are the log's ids (0 to width - 1).
/// </summary>
internal sealed class PathTally
{
    private readonly int _width;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _chains;

    public PathTally(int activities, int depth)
    {
        _width = Math.Max(1, activities);
        Nodes = new long[depth * _width];
        Ends = new long[depth * _width];
        _chains = Chains.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public long[] Nodes { get; }

    public long[] Ends { get; }

    public Dictionary<long, long> Edges { get; } = [];

    /// <summary>Journeys per complete path: the key's characters are the activity ids step by step.</summary>
    public Dictionary<string, long> Chains { get; } = new(StringComparer.Ordinal);

    public long Journeys { get; private set; }

    /// <summary>Counts <paramref name="journeys"/> journeys whose path (activity ids as characters, 1 to depth long) is <paramref name="path"/>.</summary>
    public void Add(ReadOnlySpan<char> path, long journeys)
    {
        if (path.IsEmpty || path.Length * _width > Nodes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(path), "A path holds 1 to depth steps.");
        }

        Journeys += journeys;
        for (var step = 0; step < path.Length; step++)
        {
            Nodes[(step * _width) + path[step]] += journeys;
            if (step + 1 < path.Length)
            {
                var key = EdgeKey(step, path[step], path[step + 1]);
                Edges[key] = Edges.GetValueOrDefault(key) + journeys;
            }
        }

        Ends[((path.Length - 1) * _width) + path[^1]] += journeys;
        if (_chains.TryGetValue(path, out var seen))
        {
            _chains[path] = seen + journeys;
        }
        else
        {
            Chains[new string(path)] = journeys;
        }
    }

    public void Merge(PathTally other)
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            Nodes[i] += other.Nodes[i];
            Ends[i] += other.Ends[i];
        }

        foreach (var (key, count) in other.Edges)
        {
            Edges[key] = Edges.GetValueOrDefault(key) + count;
        }

        foreach (var (key, count) in other.Chains)
        {
            Chains[key] = Chains.GetValueOrDefault(key) + count;
        }

        Journeys += other.Journeys;
    }

    public long EdgeKey(int step, int from, int to) => (((long)step * _width) + from) * _width + to;
}
