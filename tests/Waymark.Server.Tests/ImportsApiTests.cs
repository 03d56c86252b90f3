using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data.EventStores;
using Waymark.Server.Features.Sources;
using static Waymark.Server.Tests.ImportsClient;

namespace Waymark.Server.Tests;

/// <summary>Uploading event files (preview and import); each provider runs every test.</summary>
public abstract class ImportsApiTests : IDisposable
{
    private const string Csv = """
        Kunde;Aktion;Zeit;Kanal;plan
        c1;Visited;2026-11-01T10:00:00Z;web;free
        c1;Signed up;2026-11-01T10:05:00Z;web;free
        c2;Visited;2026-11-02 09:00:00;app;pro
        c2;Bought;2026-11-03T12:00:00+01:00;app;pro
        """;

    private readonly WaymarkFactory _factory;

    protected ImportsApiTests(string provider, string connectionString)
    {
        _factory = new WaymarkFactory(provider, connectionString, new Dictionary<string, string>
        {
            ["Imports:MaxRows"] = "50000",
            ["Imports:MaxUploadBytes"] = "2097152",
            ["Imports:MaxTextBytes"] = "4194304",
        });
        Http = _factory.CreateClient();
    }

    protected HttpClient Http { get; }

    [Fact]
    public async Task Import_CsvWithMapping_StoresEveryRow()
    {
        var ws = await NewWorkspaceAsync(Http);

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Csv),
            "fileName=export.csv&customer=Kunde&activity=Aktion&timestamp=Zeit&channel=Kanal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, body.GetProperty("imported").GetInt64());
        Assert.Equal(0, body.GetProperty("duplicates").GetInt64());
        Assert.Equal(0, body.GetProperty("rejected").GetInt64());
        Assert.Equal(2, body.GetProperty("customers").GetInt64());
        Assert.Equal(3, body.GetProperty("activities").GetInt64());
        var activities = await IngestClient.ActivitiesAsync(Http, ws);
        Assert.Equal((2L, 2L), activities["Visited"]);
        Assert.Equal((1L, 1L), activities["Bought"]);
        var stored = await StoredAsync(ws);
        Assert.Contains(stored, e => e.CustomerId == "c2" && e.Activity == "Bought" && e.Channel == "app" &&
            e.UtcTicks == new DateTime(2026, 11, 3, 11, 0, 0, DateTimeKind.Utc).Ticks && e.Properties!.Contains("\"plan\":\"pro\""));
    }

    [Fact]
    public async Task Import_Ndjson_StoresEveryLine()
    {
        var ws = await NewWorkspaceAsync(Http);
        var ndjson = """
            {"customer_id":"c1","activity":"Visited","timestamp":"2026-11-01T10:00:00Z","channel":"web"}
            {"customer_id":"c1","activity":"Bought","timestamp":"2026-11-01T11:00:00Z","attributes":{"region":"EU"}}
            """;

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(ndjson), "fileName=events.ndjson");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt64());
        Assert.Equal(2, await EventCountAsync(Http, ws));
        Assert.Contains(await AttributesAsync(ws), a => a is { CustomerId: "c1", Key: "region", Value: "EU" });
    }

    [Fact]
    public async Task Import_XesGz_StoresEventsAndTraceAttributes()
    {
        var ws = await NewWorkspaceAsync(Http);
        var xes = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log xes.version="1.0">
              <trace><string key="concept:name" value="case-1"/><string key="plan" value="gold"/>
                <event><string key="concept:name" value="Register"/><date key="time:timestamp" value="2026-11-01T10:00:00.000+00:00"/></event>
                <event><string key="concept:name" value="Approve"/><date key="time:timestamp" value="2026-11-01T12:00:00.000+00:00"/></event>
              </trace>
              <trace><string key="concept:name" value="case-2"/>
                <event><string key="concept:name" value="Register"/><date key="time:timestamp" value="2026-11-02T10:00:00.000+00:00"/></event>
              </trace>
            </log>
            """;

        using var response = await UploadAsync(Http, ws, Gzip(Encoding.UTF8.GetBytes(xes)), "fileName=log.xes.gz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, body.GetProperty("imported").GetInt64());
        Assert.Equal(2, body.GetProperty("customers").GetInt64());
        Assert.Equal((2L, 2L), (await IngestClient.ActivitiesAsync(Http, ws))["Register"]);
        Assert.Contains(await AttributesAsync(ws), a => a is { CustomerId: "case-1", Key: "plan", Value: "gold" });
    }

    [Fact]
    public async Task Import_BadRows_KeepsGoodRowsAndReportsLineAndReason()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = "customer_id,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\nc1,Bought,yesterday\nc2,Visited,2026-11-01T10:00:00Z\nc3,,2026-11-01T10:00:00Z\n";

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(csv), "fileName=events.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("imported").GetInt64());
        Assert.Equal(2, body.GetProperty("rejected").GetInt64());
        var problems = body.GetProperty("problems").EnumerateArray().ToArray();
        Assert.Equal(3, problems[0].GetProperty("line").GetInt64());
        Assert.Contains("cannot read 'yesterday' as a timestamp", problems[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, problems[1].GetProperty("line").GetInt64());
        Assert.Contains("activity is empty", problems[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ManyBadRows_ListsTheFirstHundredAndCountsAll()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = RepeatedRows("customer,activity,timestamp\n", "c1,Visited,never\n", 150);

        using var response = await UploadAsync(Http, ws, file, "fileName=bad.csv");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("imported").GetInt64());
        Assert.Equal(150, body.GetProperty("rejected").GetInt64());
        Assert.Equal(100, body.GetProperty("problems").GetArrayLength());
        Assert.Equal(101, body.GetProperty("problems")[99].GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task Import_TruncatedGzip_StoresNothing()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = new StringBuilder("customer_id,activity,timestamp\n");
        for (var i = 0; i < 20_000; i++)
        {
            csv.Append("c").Append(i % 500).Append(",Step ").Append(i % 7).Append(",2026-11-01T10:00:00Z\n");
        }

        var gz = Gzip(Encoding.UTF8.GetBytes(csv.ToString()));

        using var response = await UploadAsync(Http, ws, gz[..(gz.Length / 2)], "fileName=events.csv.gz");

        var problem = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Nothing was imported", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("problems").GetArrayLength() > 0);
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_SameFileAgain_AllDuplicates()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.UTF8.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\nc1,Visited,2026-11-01T10:00:00Z\nc2,Bought,2026-11-01T10:00:00Z\n");
        using var first = await UploadAsync(Http, ws, file, "fileName=a.csv");

        using var again = await UploadAsync(Http, ws, Gzip(file), "fileName=a.csv.gz");

        Assert.Equal(3, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt64());
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("imported").GetInt64());
        Assert.Equal(3, body.GetProperty("duplicates").GetInt64());
        Assert.Equal(3, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_Latin1Bytes_ClearErrorWithLineAndNothingStored()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.Latin1.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\nc1,Caf\u00e9 visit,2026-11-01T10:00:00Z\n");

        using var response = await UploadAsync(Http, ws, file, "fileName=latin.csv");

        var problem = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("Line 3: byte 0xE9 is not UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_Utf16WithBom_ReadsTheText()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("customer,activity,timestamp\nc1,Caf\u00e9 visit,2026-11-01T10:00:00Z\n")).ToArray();

        using var response = await UploadAsync(Http, ws, file, "fileName=utf16.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Caf\u00e9 visit", (await IngestClient.ActivitiesAsync(Http, ws)).Keys);
    }

    [Fact]
    public async Task Import_Utf16WithoutBom_ClearError()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.Unicode.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\n");

        using var response = await UploadAsync(Http, ws, file, "fileName=utf16.csv");

        Assert.Contains("UTF-16 without a byte order mark", await RefusalDetailAsync(response, HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ScriptTagInActivity_StoredAsPlainText()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.UTF8.GetBytes("customer,activity,timestamp\nc1,<script>alert(1)</script>,2026-11-01T10:00:00Z\n");

        using var response = await UploadAsync(Http, ws, file, "fileName=x.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<script>alert(1)</script>", (await IngestClient.ActivitiesAsync(Http, ws)).Keys);
    }

    [Fact]
    public async Task Import_PathInFileName_IsOnlyALabel()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.UTF8.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01T10:00:00Z\n");

        using var response = await UploadAsync(Http, ws, file, "fileName=" + Uri.EscapeDataString("../../etc/passwd\0<b>.csv"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt64());
    }

    [Fact]
    public async Task Import_NotXml_UnreadableAndNothingStored()
    {
        var ws = await NewWorkspaceAsync(Http);

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes("customer,activity\nc1,Visited\n"), "fileName=log.xes");

        var problem = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, problem.GetProperty("problems")[0].GetProperty("line").GetInt64());
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_MappingNamesMissingColumn_UnreadableWithHeader()
    {
        var ws = await NewWorkspaceAsync(Http);

        using var response = await UploadAsync(Http, ws, Encoding.UTF8.GetBytes(Csv), "fileName=a.csv&customer=Client");

        Assert.Contains("missing customer column: expected 'Client'", await RefusalDetailAsync(response, HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OverRowLimit_413NamesTheLimit()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = RepeatedRows("customer,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", 50_001);

        using var response = await UploadAsync(Http, ws, file, "fileName=big.csv");

        var problem = await RefusedAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("more than 50,000 rows", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Imports:MaxRows", problem.GetProperty("setting").GetString());
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_OverByteLimit_413NamesTheLimit()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = RepeatedRows("customer,activity,timestamp\n", "c1,Visited,2026-11-01T10:00:00Z\n", 72_000);

        using var response = await UploadAsync(Http, ws, file, "fileName=big.csv");
        using var chunked = await UploadChunkedAsync(Http, ws, file, "fileName=big.csv");

        Assert.Contains("larger than 2,097,152 bytes", await RefusalDetailAsync(response, HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
        Assert.Contains("larger than 2,097,152 bytes", await RefusalDetailAsync(chunked, HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GzipUnpackingOverTextLimit_413AndNothingStored()
    {
        var ws = await NewWorkspaceAsync(Http);
        var text = new StringBuilder("customer,activity,timestamp\n");
        for (var i = 0; text.Length < 5_000_000; i++)
        {
            // Varied rows, so the file compresses like data (the ratio limit is another test's), long enough that
            // the text limit comes before the row limit.
            text.Append('c').Append(i % 9973).Append(",Read page ").Append(i % 487)
                .Append(" of the documentation from its first section to its last one,2026-11-01T10:").Append(i % 60).Append(":00Z\n");
        }

        using var response = await UploadAsync(Http, ws, Gzip(Encoding.UTF8.GetBytes(text.ToString())), "fileName=bomb.csv.gz");

        Assert.Contains("unpacks to more than 4,194,304 bytes", await RefusalDetailAsync(response, HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
        Assert.Equal(0, await EventCountAsync(Http, ws));
    }

    [Fact]
    public async Task Import_TimeZone_ReadsTimesWithoutOffsetInThatZone()
    {
        var ws = await NewWorkspaceAsync(Http);
        var file = Encoding.UTF8.GetBytes("customer,activity,timestamp\nc1,Visited,2026-11-01 10:00:00\nc1,Bought,2026-11-01T10:00:00Z\n");

        using var response = await UploadAsync(Http, ws, file, "fileName=local.csv&timeZone=Europe/Berlin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await StoredAsync(ws);
        Assert.Equal(new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc).Ticks, stored.Single(e => e.Activity == "Visited").UtcTicks);
        Assert.Equal(new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc).Ticks, stored.Single(e => e.Activity == "Bought").UtcTicks);
    }

    [Fact]
    public async Task Import_BadQuery_ValidationProblemNamesTheField()
    {
        var ws = await NewWorkspaceAsync(Http);

        using var format = await UploadAsync(Http, ws, [], "format=xlsx");
        using var zone = await UploadAsync(Http, ws, [], "timeZone=Mars/Olympus");
        using var unknown = await UploadAsync(Http, "no-such-workspace", [], "");

        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(format), "format"));
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(zone), "timeZone"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Preview_CsvStart_GuessesColumnsAndSkipsTheCutLine()
    {
        var ws = await NewWorkspaceAsync(Http);
        var start = "user_id\tevent_name\tts\tsource\nu1\tVisited\t2026-11-01T10:00:00Z\tweb\nu2\tVis";

        using var response = await PreviewAsync(Http, ws, Encoding.UTF8.GetBytes(start), "fileName=a.tsv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("tsv", body.GetProperty("format").GetString());
        Assert.Equal(["user_id", "event_name", "ts", "source"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!));
        Assert.Equal(1, body.GetProperty("rows").GetArrayLength());
        var mapping = body.GetProperty("mapping");
        Assert.Equal("user_id", mapping.GetProperty("customer").GetString());
        Assert.Equal("event_name", mapping.GetProperty("activity").GetString());
        Assert.Equal("ts", mapping.GetProperty("timestamp").GetString());
        Assert.Equal("source", mapping.GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Preview_GzipStart_UnpacksWhatArrived()
    {
        var ws = await NewWorkspaceAsync(Http);
        var csv = new StringBuilder("Kunde;Aktion;Zeit\n");
        for (var i = 0; i < 5000; i++)
        {
            csv.Append("c").Append(i).Append(";Visited;2026-11-01T10:00:00Z\n");
        }

        var gz = Gzip(Encoding.UTF8.GetBytes(csv.ToString()));

        using var response = await PreviewAsync(Http, ws, gz[..(gz.Length / 2)], "fileName=a.csv.gz");

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(";", body.GetProperty("delimiter").GetString());
        Assert.Equal(20, body.GetProperty("rows").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("mapping").GetProperty("customer").ValueKind); // left for the person to map
        Assert.DoesNotContain(body.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("customer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Preview_Latin1_ClearError()
    {
        var ws = await NewWorkspaceAsync(Http);

        using var response = await PreviewAsync(Http, ws, Encoding.Latin1.GetBytes("customer,activity\nc1,Caf\u00e9\n"), "fileName=a.csv");

        Assert.StartsWith("Line 2: byte 0xE9 is not UTF-8", await RefusalDetailAsync(response, HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Http.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<List<StoredEvent>> StoredAsync(string ws)
    {
        var store = _factory.Services.GetRequiredService<IEventStore>();
        var events = new List<StoredEvent>();
        await foreach (var e in store.ReadSinceAsync(EventSources.DefaultKey(ws), 0))
        {
            events.Add(e);
        }

        return events;
    }

    private async Task<List<CustomerAttribute>> AttributesAsync(string ws)
    {
        var store = _factory.Services.GetRequiredService<IEventStore>();
        var attributes = new List<CustomerAttribute>();
        await foreach (var a in store.ReadAttributesAsync(EventSources.DefaultKey(ws)))
        {
            attributes.Add(a);
        }

        return attributes;
    }
}
