using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class ImportCommandTests
{
    private static readonly string[] Rows =
    [
        "customer_id,activity,timestamp,channel",
        "c1,Cli visited,2026-11-01T10:00:00Z,web",
        "c1,Cli signed up,2026-11-01T10:05:00Z,web",
        "c2,Cli visited,2026-11-01T11:00:00Z,app",
        "c3,Cli visited,2026-11-02T09:00:00Z,",
        "c3,Cli visited,2026-11-02T09:00:00Z,",
    ];

    [Fact]
    public async Task Import_SmallCsv_StoresEveryEvent()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = WriteEvents(cli);

        var import = await cli.RunAsync("import", file, "--server", server.Address.ToString(), "--key", await CreateKeyAsync(http), "--batch-size", "2");

        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("accepted 5, duplicates 0, rejected 0", import.Output, StringComparison.Ordinal);
        Assert.Contains("sent 5 / 5 events", import.Output, StringComparison.Ordinal);
        var activities = await ActivitiesAsync(http);
        Assert.Equal((4L, 3L), activities["Cli visited"]);
        Assert.Equal((1L, 1L), activities["Cli signed up"]);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunIsAllDuplicates()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = WriteEvents(cli);
        var key = await CreateKeyAsync(http);

        var first = await cli.RunAsync("import", file, "--server", server.Address.ToString(), "--key", key);
        var second = await cli.RunAsync("import", file, "--server", server.Address.ToString(), "--key", key, "--batch-size", "3");

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Ok, second.ExitCode);
        Assert.Contains("accepted 0, duplicates 5, rejected 0", second.Output, StringComparison.Ordinal);
        Assert.Equal((4L, 3L), (await ActivitiesAsync(http))["Cli visited"]);
    }

    [Fact]
    public async Task Import_OverRateLimit_WaitsForRetryAfterAndStoresAll()
    {
        await using var server = await LiveWaymarkServer.StartAsync("--Ingest:Burst=1", "--Ingest:RequestsPerSecond=1");
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = WriteEvents(cli);

        var import = await cli.RunAsync("import", file, "--server", server.Address.ToString(), "--key", await CreateKeyAsync(http), "--batch-size", "2");

        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        Assert.Contains("accepted 5, duplicates 0, rejected 0", import.Output, StringComparison.Ordinal);
        Assert.Contains("429", import.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BadKey_ExitsServerErrorWithMessage()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var cli = new CliRunner();
        var file = WriteEvents(cli);

        var import = await cli.RunAsync("import", file, "--server", server.Address.ToString(), "--key", "wmk_not-a-key");

        Assert.Equal(ExitCodes.ServerError, import.ExitCode);
        Assert.Contains("401", import.Error, StringComparison.Ordinal);
        Assert.Contains("--key", import.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NameTheStoreCannotHold_NamesFileLineAndFieldAndSendsNothing()
    {
        using var cli = new CliRunner();
        var file = cli.PathOf("long.csv");
        File.WriteAllLines(file, ["customer_id,activity,timestamp", "c1,Visited,2026-11-01T10:00:00Z", $"c1,{new string('a', 201)},2026-11-01T10:05:00Z", "c2,Nul\0here,2026-11-01T10:06:00Z"]);

        // The rows fail before anything is sent, so no server listens there.
        var import = await cli.RunAsync("import", file, "--server", "http://127.0.0.1:9", "--key", "wm_none");

        Assert.Equal(ExitCodes.Invalid, import.ExitCode);
        Assert.Contains("long.csv: line 3, field 2 (activity)", import.Error, StringComparison.Ordinal);
        Assert.Contains("long.csv: line 4, field 2 (activity)", import.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsIoError()
    {
        using var cli = new CliRunner();

        var import = await cli.RunAsync("import", cli.PathOf("none.csv"), "--server", "http://127.0.0.1:9", "--key", "k");

        Assert.Equal(ExitCodes.IoError, import.ExitCode);
    }

    [Fact]
    public async Task Import_NoKey_ExitsUsage()
    {
        using var cli = new CliRunner();

        var import = await cli.RunAsync("import", WriteEvents(cli));

        Assert.Equal(ExitCodes.Usage, import.ExitCode);
    }

    private static string WriteEvents(CliRunner cli)
    {
        var file = cli.PathOf("events.csv");
        File.WriteAllLines(file, Rows);
        return file;
    }

    private static async Task<string> CreateKeyAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/workspaces/demo/api-keys", new { name = "cli test" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("key").GetString()!;
    }

    private static async Task<Dictionary<string, (long Events, long Customers)>> ActivitiesAsync(HttpClient http)
    {
        var rows = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/activities");
        return rows.EnumerateArray().ToDictionary(
            r => r.GetProperty("name").GetString()!,
            r => (r.GetProperty("events").GetInt64(), r.GetProperty("customers").GetInt64()));
    }
}
