namespace Waymark.Analytics.Import.Internals;

/// <summary>The header names recognised for each role, compared case-insensitively.</summary>
internal static class ColumnNames
{
    public static readonly string[] Customer =
        ["customer_id", "customerid", "customer", "case_id", "caseid", "case", "case:concept:name", "user_id", "userid", "user", "visitor_id"];

    public static readonly string[] Activity =
        ["activity", "event", "event_name", "eventname", "action", "concept:name", "activity_name"];

    public static readonly string[] Timestamp =
        ["timestamp", "ts", "time", "time:timestamp", "datetime", "event_time", "date"];

    public static readonly string[] Channel = ["channel", "source", "touchpoint"];

    /// <summary>Index of the explicit name, else of the first recognised name, else -1.</summary>
    public static int Find(IReadOnlyList<string> header, string? explicitName, string[] recognised)
    {
        if (explicitName is not null)
        {
            return IndexOf(header, explicitName);
        }

        foreach (var name in recognised)
        {
            var index = IndexOf(header, name);
            if (index >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
