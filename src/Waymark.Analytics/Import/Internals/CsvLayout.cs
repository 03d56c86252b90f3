namespace Waymark.Analytics.Import.Internals;

/// <summary>Which field holds what, worked out once from the header.</summary>
internal sealed class CsvLayout
{
    public required char Delimiter { get; init; }

    /// <summary>The header's names, to name the field of a bad row.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    public required int Customer { get; init; }

    public required int Activity { get; init; }

    public required int Timestamp { get; init; }

    public required int Channel { get; init; }

    /// <summary>Fields that become customer attributes, with their keys.</summary>
    public required List<(int Index, string Key)> Attributes { get; init; }

    /// <summary>Fields that become event properties, with their keys.</summary>
    public required List<(int Index, string Key)> Properties { get; init; }

    /// <summary>Fields a row must have at least.</summary>
    public int RequiredFields => Math.Max(Math.Max(Customer, Activity), Math.Max(Timestamp, Channel)) + 1;

    /// <summary>Maps a header, or returns why it cannot be used.</summary>
    public static CsvLayout? Create(List<string> header, char delimiter, in ImportOptions options, out string? problem)
    {
        var customer = ColumnNames.Find(header, options.CustomerColumn, ColumnNames.Customer);
        var activity = ColumnNames.Find(header, options.ActivityColumn, ColumnNames.Activity);
        var timestamp = ColumnNames.Find(header, options.TimestampColumn, ColumnNames.Timestamp);
        var channel = ColumnNames.Find(header, options.ChannelColumn, ColumnNames.Channel);
        problem = Missing(header, delimiter, ("customer", customer, options.CustomerColumn, ColumnNames.Customer),
            ("activity", activity, options.ActivityColumn, ColumnNames.Activity),
            ("timestamp", timestamp, options.TimestampColumn, ColumnNames.Timestamp));
        if (problem is not null)
        {
            return null;
        }

        var layout = new CsvLayout
        {
            Delimiter = delimiter, Names = header, Customer = customer, Activity = activity, Timestamp = timestamp, Channel = channel,
            Attributes = [], Properties = [],
        };
        layout.AssignExtraColumns(header, options.AttributeColumns);
        return layout;
    }

    private void AssignExtraColumns(List<string> header, IReadOnlyList<string>? attributeColumns)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (i == Customer || i == Activity || i == Timestamp || i == Channel)
            {
                continue;
            }

            var name = header[i].Trim();
            var isAttribute = name.StartsWith("case:", StringComparison.OrdinalIgnoreCase)
                || (attributeColumns?.Contains(name, StringComparer.OrdinalIgnoreCase) ?? false);
            (isAttribute ? Attributes : Properties).Add((i, isAttribute && name.StartsWith("case:", StringComparison.OrdinalIgnoreCase) ? name[5..] : name));
        }
    }

    private static string? Missing(List<string> header, char delimiter, params (string Role, int Index, string? Explicit, string[] Known)[] roles)
    {
        foreach (var (role, index, explicitName, known) in roles)
        {
            if (index >= 0)
            {
                continue;
            }

            var wanted = explicitName is null ? "one of " + string.Join(", ", known) : "'" + explicitName + "'";
            var hint = header.Count == 1 ? $" The header has a single column: is the delimiter '{Show(delimiter)}' right?" : "";
            return $"missing {role} column: expected {wanted}; the header has {string.Join(", ", header)}.{hint}";
        }

        return null;
    }

    /// <summary>The 0-based field's header name, or null past the header's end.</summary>
    public string? NameOf(int field) => field >= 0 && field < Names.Count ? CsvEventReader.Clip(Names[field]) : null;

    private static string Show(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();
}
