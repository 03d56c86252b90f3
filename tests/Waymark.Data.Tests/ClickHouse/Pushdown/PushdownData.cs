using System.Globalization;
using System.Text;
using Waymark.Analytics.Generation;
using Waymark.Analytics.Import;
using Waymark.Data.EventStores;
using Waymark.Testing;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse.Pushdown;

/// <summary>
/// The two big logs of the pushdown tests, each stored once in the collection's server and shared by every class that
/// reads it (a log is loaded on first use, never written after): the generated log (10,000 customers; set
/// WAYMARK_PUSHDOWN_CUSTOMERS for a bigger one, the long mode) and BPIC2012 when ../shared/data has it.
/// </summary>
public sealed class PushdownData : IDisposable
{
    /// <summary>The generated log's customers unless WAYMARK_PUSHDOWN_CUSTOMERS says otherwise.</summary>
    public const int DefaultCustomers = 10_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private Task<PushdownLogs>? _generated;
    private Task<PushdownLogs?>? _bpic;

    public static int GeneratedCustomers { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("WAYMARK_PUSHDOWN_CUSTOMERS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : DefaultCustomers;

    internal async Task<PushdownLogs> GeneratedAsync(ClickHouseServer server)
    {
        await StartAsync(server);
        return await _generated!;
    }

    /// <summary>BPIC2012 stored, or null when the shared data is absent.</summary>
    internal async Task<PushdownLogs?> BpicAsync(ClickHouseServer server)
    {
        await StartAsync(server);
        return await _bpic!;
    }

    /// <summary>Starts storing both logs on first use, side by side (reading and parsing one overlaps the other's inserts).</summary>
    private async Task StartAsync(ClickHouseServer server)
    {
        await _gate.WaitAsync();
        try
        {
            _generated ??= Task.Run(() => StoreGeneratedAsync(server));
            _bpic ??= Task.Run(() => StoreBpicAsync(server));
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_generated is { IsCompletedSuccessfully: true })
        {
            _generated.Result.Dispose();
        }

        if (_bpic is { IsCompletedSuccessfully: true, Result: { } bpic })
        {
            bpic.Dispose();
        }

        _gate.Dispose();
    }

    private static async Task<PushdownLogs> StoreGeneratedAsync(ClickHouseServer server)
    {
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        JourneyGenerator.Generate(GeneratorPresets.Sample(GeneratedCustomers, 18), csv);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var generated = EventImporter.Import(stream, ImportFormat.Csv).Log!;
        return await PushdownLogs.StoreAsync(server, WithDevices(PushdownLogs.EventsOf(generated)));
    }

    /// <summary>The sample generator writes no properties: two events in three get a device, for steps bound with conditions.</summary>
    private static IEnumerable<NewEvent> WithDevices(IEnumerable<NewEvent> events) =>
        events.Select((e, i) => (i % 3) switch
        {
            0 => e with { Properties = """{"device":"mobile"}""" },
            1 => e with { Properties = """{"device":"desktop","plan":"pro"}""" },
            _ => e,
        });

    private static async Task<PushdownLogs?> StoreBpicAsync(ClickHouseServer server)
    {
        var path = SharedData.PathOf("bpic2012.xes.gz");
        // Only lifecycle:transition of its properties (a step is bound with it): org:resource would only add bytes to store.
        var events = path is null ? null : PushdownLogs.EventsOf(EventImporter.ImportFile(path).Log!, ["lifecycle:transition"]);
        return events is null ? null : await PushdownLogs.StoreAsync(server, events);
    }
}
