namespace Waymark.Bench.ClickHouse;

/// <summary>Everything measured on one ClickHouse target: ingestion, the engine's side, pushdown's side, its disk use.</summary>
internal sealed record TargetRun(string Name, ApiIngest.Result Ingest, EngineRun.Answer Engine, PushdownRun.Answer Pushdown, long DiskBytes)
{
    /// <summary>Measures a started target; the phases go into <paramref name="phases"/> under its name.</summary>
    public static async Task<TargetRun> MeasureAsync(ClickHouseTarget target, GeneratedLog log, int repeats, Phases phases)
    {
        var ingest = await phases.TimeAsync($"{target.Name}: generate and ingest through the API", () => ApiIngest.RunAsync(target, log, Connections));
        var engine = await phases.TimeAsync($"{target.Name}: engine (read into the log, analyses)", () => EngineRun.InChildAsync(target, ingest.SourceId, repeats));
        var pushdown = await phases.TimeAsync($"{target.Name}: pushdown analyses", () => PushdownRun.RunAsync(target, ingest.SourceId, repeats));
        var disk = 0L;
        foreach (var server in target.Servers)
        {
            disk += long.Parse(await ClickHouseQuery.TextAsync(server.Url,
                $"SELECT sum(bytes_on_disk) FROM system.parts WHERE active AND database = '{ClickHouseTarget.Database}'"), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new TargetRun(target.Name, ingest, engine, pushdown, disk);
    }

    /// <summary>Concurrent ingestion requests, as a client with a backlog sends them.</summary>
    public const int Connections = 4;
}
