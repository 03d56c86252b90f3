using System.Globalization;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The customer look-up, one customer's events and attributes, and the names a source knows, as SQL over the event
/// store's tables (docs/adr/077-customers-pushdown.md). <c>source</c> is <see cref="PushdownScope.Source"/>.
/// </summary>
internal static class CustomerQuery
{
    public const int FoundColumns = 4;

    /// <summary>
    /// An id's order as .NET's ordinal order (UTF-16 code units), not ClickHouse's (UTF-8 bytes): they differ only in
    /// that U+E000..U+FFFF sort above the chars outside the BMP in UTF-16 (surrogates are 0xD800..0xDFFF) and below them
    /// in UTF-8. Those chars, and only they, start with the bytes 0xEE and 0xEF (continuation bytes are 0x80..0xBF), so
    /// moving these two lead bytes above 0xF4, the highest lead byte, gives the UTF-16 order byte by byte.
    /// </summary>
    public const string OrdinalKey = @"replaceAll(replaceAll(customer_id, '\xEE', '\xF5'), '\xEF', '\xF6')";

    /// <summary>
    /// Customers whose id <paramref name="pattern"/> matches (null: every customer, the most events first), with their
    /// events and first and last time, in the engine's order, the first <paramref name="limit"/>.
    /// </summary>
    public static string Find(string source, string? pattern, int limit) => $"""
        SELECT customer_id, count() AS n, min(ticks), max(ticks)
        FROM events WHERE {source}{(pattern is null ? "" : $" AND match(customer_id, {ClickHouseText.Literal(pattern)})")}
        GROUP BY customer_id
        ORDER BY {(pattern is null ? "n DESC, " : "")}{OrdinalKey}
        LIMIT {limit.ToString(CultureInfo.InvariantCulture)}
        """;

    /// <summary>One customer's events in input order (seq), as the server's log reads a source.</summary>
    public static string Events(string source, string customerId) =>
        $"SELECT ticks, activity, channel, properties FROM events WHERE {source} AND customer_id = {ClickHouseText.Literal(customerId)} ORDER BY seq";

    /// <summary>One customer's attribute writes in store order (a later one wins).</summary>
    public static string Attributes(string source, string customerId) =>
        $"SELECT key, value FROM customer_attributes WHERE {source} AND customer_id = {ClickHouseText.Literal(customerId)} ORDER BY seq";

    /// <summary>Which of the names some event of the source has in <paramref name="column"/> (activity or channel).</summary>
    public static string KnownOnEvents(string source, string column, IEnumerable<string> names) =>
        $"SELECT DISTINCT {column} FROM events WHERE {source} AND {column} IN ({Literals(names)})";

    /// <summary>
    /// Which of the keys some customer with events has: the log holds only customers with events, and an attribute of
    /// a customer without any waits outside it.
    /// </summary>
    public static string KnownKeys(string source, IEnumerable<string> keys) =>
        $"SELECT DISTINCT key FROM customer_attributes WHERE {source} AND key IN ({Literals(keys)}) AND customer_id IN (SELECT customer_id FROM events WHERE {source})";

    private static string Literals(IEnumerable<string> values) => string.Join(", ", values.Select(ClickHouseText.Literal));
}
