using System.Globalization;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Builds a document tree from a stream of parse events (JSON tokens or YAML events) without recursion, refusing
/// nesting deeper than <see cref="MapLimits.MaxNesting"/> and reporting duplicate keys with their paths.
/// </summary>
internal sealed class TreeAssembler
{
    private readonly List<Frame> _frames = [];
    private readonly List<MapProblem> _problems;

    public TreeAssembler(List<MapProblem> problems) => _problems = problems;

    public DocNode? Root { get; private set; }

    /// <summary>True while inside an object and waiting for the next key.</summary>
    public bool ExpectsKey => _frames.Count > 0 && _frames[^1].Node.Kind == DocKind.Object && _frames[^1].PendingKey is null;

    public bool IsComplete => Root is not null && _frames.Count == 0;

    public void Key(string key, int line)
    {
        var frame = _frames[^1];
        if (!frame.Keys.Add(key))
        {
            Report(DocPath.Property(frame.Path, key), $"duplicate property \"{key}\"; only the first one is read", line);
        }

        frame.PendingKey = key;
        frame.PendingKeyLine = line;
    }

    /// <summary>Opens an object or list; false (with a problem reported) when that nests too deeply.</summary>
    public bool Open(DocNode container)
    {
        var path = ChildPath();
        if (_frames.Count >= MapLimits.MaxNesting)
        {
            var limit = MapLimits.MaxNesting.ToString(CultureInfo.InvariantCulture);
            Report(path, $"nesting is deeper than the format allows ({limit} levels)", container.Line);
            return false;
        }

        Attach(container);
        _frames.Add(new Frame(container, path));
        return true;
    }

    public void Close() => _frames.RemoveAt(_frames.Count - 1);

    public void Value(DocNode scalar) => Attach(scalar);

    /// <summary>The path the next value will have, for problems found while reading it.</summary>
    public string ChildPath()
    {
        if (_frames.Count == 0)
        {
            return DocPath.Root;
        }

        var frame = _frames[^1];
        return frame.Node.Kind == DocKind.Array
            ? DocPath.Index(frame.Path, frame.Node.Items.Count)
            : DocPath.Property(frame.Path, frame.PendingKey ?? "");
    }

    public void Report(string path, string message, int line) =>
        _problems.Add(new MapProblem(path, message) { Line = line > 0 ? line : null });

    private void Attach(DocNode node)
    {
        if (_frames.Count == 0)
        {
            Root = node;
            return;
        }

        var frame = _frames[^1];
        if (frame.Node.Kind == DocKind.Array)
        {
            frame.Node.Items.Add(node);
        }
        else
        {
            frame.Node.Members.Add(new DocMember(frame.PendingKey ?? "", node, frame.PendingKeyLine));
            frame.PendingKey = null;
        }
    }

    private sealed class Frame(DocNode node, string path)
    {
        public DocNode Node { get; } = node;
        public string Path { get; } = path;
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public string? PendingKey { get; set; }
        public int PendingKeyLine { get; set; }
    }
}
