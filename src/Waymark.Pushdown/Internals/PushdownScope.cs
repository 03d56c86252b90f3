using System.Globalization;
using Waymark.Analytics.Engine;
using Waymark.Data.EventStores;
using Waymark.Data.EventStores.ClickHouse;

namespace Waymark.Pushdown.Internals;

/// <summary>
/// The events an analysis reads: one source, and the filter's period (From &lt;= time &lt; To, as the engine's
/// filter). The other filter conditions are not pushed down yet: they throw <see cref="NotSupportedException"/>.
/// </summary>
internal static class PushdownScope
{
    public static string Where(EventSourceKey source, in EventFilter filter)
    {
        var unsupported = Unsupported(filter);
        if (unsupported is not null)
        {
            throw new NotSupportedException($"Pushdown does not yet apply the filter's {unsupported}; run the analysis over the in-memory log.");
        }

        var where = $"workspace_id = {ClickHouseText.Literal(source.WorkspaceId)} AND source_id = {ClickHouseText.Literal(source.SourceId)}";
        if (filter.From is { } from)
        {
            where += " AND ticks >= " + from.UtcTicks.ToString(CultureInfo.InvariantCulture);
        }

        if (filter.To is { } to)
        {
            where += " AND ticks < " + to.UtcTicks.ToString(CultureInfo.InvariantCulture);
        }

        return where;
    }

    /// <summary>
    /// A customer's events as two arrays in the engine's order, by time with ties in input order (seq):
    /// <c>a</c> (activities) and <c>t</c> (ticks). For a SELECT that groups by customer_id.
    /// </summary>
    public const string CustomerArrays =
        "arraySort((x, k) -> k, groupArray(activity), groupArray((ticks, seq))) AS a, arraySort(groupArray(ticks)) AS t";

    private static string? Unsupported(in EventFilter filter) =>
        filter.Did is not null ? nameof(filter.Did)
        : filter.DidNot is not null ? nameof(filter.DidNot)
        : filter.AttributeKey is not null || filter.AttributeValues is not null || filter.Attributes is not null ? "attribute conditions"
        : filter.Channels is not null ? nameof(filter.Channels)
        : filter.PropertyKey is not null || filter.PropertyValue is not null ? "property condition"
        : filter.Events is not null ? nameof(filter.Events)
        : null;
}
