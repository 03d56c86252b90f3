namespace Waymark.Core.FileFormat.Internals;

/// <summary>
/// A format-neutral document tree. JSON and YAML both parse into it and are both written from it, which is what
/// keeps the two formats lossless against each other.
/// </summary>
internal sealed class DocNode
{
    private DocNode(DocKind kind, string text, int line)
    {
        Kind = kind;
        Text = text;
        Line = line;
    }

    public DocKind Kind { get; }

    /// <summary>The string value, or a number's text exactly as written (so no precision is lost in between).</summary>
    public string Text { get; }

    /// <summary>1-based source line; 0 for trees built from a model.</summary>
    public int Line { get; }

    public List<DocMember> Members { get; } = [];
    public List<DocNode> Items { get; } = [];

    /// <summary>Written on one line in JSON, so a change inside it is a one-line diff.</summary>
    public bool Compact { get; init; }

    public static DocNode Object(int line = 0, bool compact = false) => new(DocKind.Object, "", line) { Compact = compact };

    public static DocNode Array(int line = 0) => new(DocKind.Array, "", line);

    public static DocNode String(string value, int line = 0) => new(DocKind.String, value, line);

    public static DocNode Number(string text, int line = 0) => new(DocKind.Number, text, line);

    public static DocNode Bool(bool value, int line = 0) => new(value ? DocKind.True : DocKind.False, "", line);

    public static DocNode Null(int line = 0) => new(DocKind.Null, "", line);

    public bool IsContainer => Kind is DocKind.Object or DocKind.Array;

    public bool IsEmptyContainer => (Kind == DocKind.Object && Members.Count == 0) || (Kind == DocKind.Array && Items.Count == 0);

    public void Add(string name, DocNode value) => Members.Add(new DocMember(name, value, value.Line));

    /// <summary>A human name for the kind, used in "expected a string, found a number".</summary>
    public string Describe() => Kind switch
    {
        DocKind.Object => "an object",
        DocKind.Array => "a list",
        DocKind.String => "a string",
        DocKind.Number => "a number",
        DocKind.True or DocKind.False => "a boolean",
        _ => "null",
    };
}
