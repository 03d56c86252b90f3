namespace Waymark.Core.FileFormat.Internals;

/// <summary>The omission rules of the canonical form in one place: nulls, empty lists and empty objects are left out.</summary>
internal static class TreeWrite
{
    public static void Text(DocNode node, string name, string? value)
    {
        if (value is not null)
        {
            node.Add(name, DocNode.String(value));
        }
    }

    public static void Int(DocNode node, string name, int? value)
    {
        if (value is { } v)
        {
            node.Add(name, DocNode.Number(NumberText.Of(v)));
        }
    }

    public static void Decimal(DocNode node, string name, decimal? value)
    {
        if (value is { } v)
        {
            node.Add(name, DocNode.Number(NumberText.Of(v)));
        }
    }

    public static void Date(DocNode node, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            node.Add(name, DocNode.String(NumberText.Of(v)));
        }
    }

    public static void Enum<T>(DocNode node, string name, T? value)
        where T : struct, System.Enum
    {
        if (value is { } v)
        {
            node.Add(name, DocNode.String(EnumText<T>.ToText(v)));
        }
    }

    public static void Texts(DocNode node, string name, List<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        var array = DocNode.Array();
        foreach (var value in values)
        {
            array.Items.Add(DocNode.String(value ?? ""));
        }

        node.Add(name, array);
    }

    public static void Objects<T>(DocNode node, string name, List<T>? values, Func<T, DocNode> write)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        var array = DocNode.Array();
        foreach (var value in values)
        {
            array.Items.Add(value is null ? DocNode.Null() : write(value));
        }

        node.Add(name, array);
    }

    /// <summary>For nested objects that always exist in the model: written only when they hold something.</summary>
    public static void NonEmpty(DocNode node, string name, DocNode child)
    {
        if (child.Members.Count > 0)
        {
            node.Add(name, child);
        }
    }

    /// <summary>For nested objects that may be null in the model: present (even empty) means something.</summary>
    public static void Optional<T>(DocNode node, string name, T? value, Func<T, DocNode> write)
        where T : class
    {
        if (value is not null)
        {
            node.Add(name, write(value));
        }
    }
}
