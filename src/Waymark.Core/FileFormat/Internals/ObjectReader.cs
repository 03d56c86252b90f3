namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// Reads the properties of one object node. It remembers which names were asked for, so <see cref="Finish"/> can
/// report every other property as unknown — a typo never vanishes silently.
/// </summary>
internal sealed class ObjectReader
{
    private readonly DocNode _node;
    private readonly ReadContext _context;
    private readonly List<string> _known = [];

    private ObjectReader(DocNode node, string path, ReadContext context)
    {
        _node = node;
        Path = path;
        _context = context;
    }

    public string Path { get; }

    public ReadContext Context => _context;

    public static ObjectReader? Open(DocNode node, string path, ReadContext context)
    {
        if (node.Kind != DocKind.Object)
        {
            context.WrongType(path, node, "an object");
            return null;
        }

        context.Lines.TryAdd(path, node.Line);
        return new ObjectReader(node, path, context);
    }

    /// <summary>Opens the object, reads it with <paramref name="read"/>, then reports unknown properties.</summary>
    public static T? Read<T>(DocNode node, string path, ReadContext context, Func<ObjectReader, T> read)
        where T : class
    {
        if (Open(node, path, context) is not { } o)
        {
            return null;
        }

        var value = read(o);
        o.Finish();
        return value;
    }

    public string PathOf(string name) => DocPath.Property(Path, name);

    /// <summary>The raw value of a property, or null when absent; marks the name as known.</summary>
    public DocNode? Node(string name)
    {
        _known.Add(name);
        foreach (var member in _node.Members)
        {
            if (string.Equals(member.Name, name, StringComparison.Ordinal))
            {
                return member.Value;
            }
        }

        return null;
    }

    public string? Text(string name) => Node(name) is { } n ? ValueReader.Text(n, PathOf(name), _context) : null;

    public string RequiredText(string name) => Required(name) is { } n ? ValueReader.Text(n, PathOf(name), _context) ?? "" : "";

    public int? Int(string name) => Node(name) is { } n ? ValueReader.Int(n, PathOf(name), _context) : null;

    public int RequiredInt(string name) => Required(name) is { } n ? ValueReader.Int(n, PathOf(name), _context) ?? 0 : 0;

    public decimal? Decimal(string name) => Node(name) is { } n ? ValueReader.Decimal(n, PathOf(name), _context) : null;

    public DateOnly? Date(string name) => Node(name) is { } n ? ValueReader.Date(n, PathOf(name), _context) : null;

    public T? Enum<T>(string name)
        where T : struct, System.Enum => Node(name) is { } n ? ValueReader.Enum<T>(n, PathOf(name), _context) : null;

    public List<string> Texts(string name) =>
        List(name, (node, path) => ValueReader.Text(node, path, _context));

    public List<T> List<T>(string name, Func<DocNode, string, T?> read)
    {
        var result = new List<T>();
        if (Node(name) is not { } node)
        {
            return result;
        }

        if (node.Kind != DocKind.Array)
        {
            _context.WrongType(PathOf(name), node, "a list");
            return result;
        }

        for (var i = 0; i < node.Items.Count; i++)
        {
            if (read(node.Items[i], DocPath.Index(PathOf(name), i)) is { } item)
            {
                result.Add(item);
            }
        }

        return result;
    }

    public T? Object<T>(string name, Func<DocNode, string, T?> read)
        where T : class => Node(name) is { } node ? read(node, PathOf(name)) : null;

    /// <summary>Reports every property that was never asked for, with a suggestion when it looks like a typo.</summary>
    public void Finish()
    {
        foreach (var member in _node.Members)
        {
            if (_known.Contains(member.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var hint = Suggestions.Closest(member.Name, _known) is { } guess
                ? $"did you mean \"{guess}\"?"
                : $"allowed here: {string.Join(", ", _known)}";
            _context.Report(PathOf(member.Name), $"unknown property \"{member.Name}\"; {hint}", member.Line);
        }
    }

    private DocNode? Required(string name)
    {
        var node = Node(name);
        if (node is null)
        {
            _context.Report(PathOf(name), $"required property \"{name}\" is missing", _node.Line);
        }

        return node;
    }
}
