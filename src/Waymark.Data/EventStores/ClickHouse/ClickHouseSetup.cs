namespace Waymark.Data.EventStores.ClickHouse;

/// <summary>
/// What a ClickHouse store does once per process before its first query: create or upgrade the schema and read what
/// the server supports. Each store calls it under its own gate until it has succeeded.
/// </summary>
internal static class ClickHouseSetup
{
    /// <summary>Runs the schema steps and returns the settings every INSERT adds (URL parameters, "" or "&amp;name=value").</summary>
    public static async Task<string> PrepareAsync(ClickHouseHttp http, ClickHouseOptions options, CancellationToken ct)
    {
        await ClickHouseSchema.EnsureAsync(http, options, ct).ConfigureAwait(false);

        // Releases with parallel parsing could cut one INSERT into several parts; switched off where it exists.
        var parallel = await http.ScalarAsync("SELECT count() FROM system.settings WHERE name = 'input_format_parallel_parsing'", ct)
            .ConfigureAwait(false);
        return parallel == "1" ? "&input_format_parallel_parsing=0" : "";
    }
}
