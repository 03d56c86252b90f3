using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

public sealed class FeedbackImportCommandTests
{
    private static readonly string[] Rows =
    [
        "customer_id,created_at,comment,nps,channel,plan",
        "c1,2026-11-01T10:00:00Z,\"Import was slow, but support helped\",7,survey,pro",
        "c2,2026-11-01T11:00:00Z,Love it 😍,10,survey,",
        "c3,2026-11-02T09:00:00Z,,3,survey,free",
        ",2026-11-02T12:00:00Z,<b>Great templates</b>,,review,",
    ];

    [Fact]
    public async Task FeedbackImport_SmallCsv_StoresEveryItemAndARerunIsAllDuplicates()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = Write(cli, "survey.csv", Rows);
        var key = await CreateKeyAsync(http);

        var first = await cli.RunAsync("feedback", "import", file, "--server", server.Address.ToString(), "--workspace", "demo", "--key", key, "--batch-size", "3");
        var second = await cli.RunAsync("feedback", "import", file, "--server", server.Address.ToString(), "--key", key);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("accepted 4, duplicates 0, rejected 0", first.Output, StringComparison.Ordinal);
        Assert.Contains("sent 4 / 4 items", first.Output, StringComparison.Ordinal);
        Assert.Contains("accepted 0, duplicates 4, rejected 0", second.Output, StringComparison.Ordinal);
        var list = await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/feedback");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, list.GetProperty("total").GetInt64());
        var c1 = items.Single(i => i.GetProperty("customerId").GetString() == "c1");
        Assert.Equal(("nps", 7.0, "Import was slow, but support helped"), (c1.GetProperty("scoreType").GetString(), c1.GetProperty("score").GetDouble(), c1.GetProperty("text").GetString()));
        Assert.Contains(items, i => i.GetProperty("text").GetString() == "<b>Great templates</b>" && i.GetProperty("source").GetString() == "review");
    }

    [Fact]
    public async Task FeedbackImport_BadRows_SendsNothingUnlessSkipped()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = Write(cli, "reviews.tsv", ["Kunde\tZeit\tMeinung\tSterne", "k1\t2026-11-01\tSuper\t5", "k2\tgestern\tNaja\t3", "k3\t2026-11-02\tSchlecht\t9"]);
        var key = await CreateKeyAsync(http);
        string[] mapping = ["--column", "customer=Kunde", "--column", "time=Zeit", "--column", "text=Meinung", "--column", "score=Sterne", "--score-type", "rating"];

        var failed = await cli.RunAsync(["feedback", "import", file, "--server", server.Address.ToString(), "--key", key, .. mapping]);
        var skipped = await cli.RunAsync(["feedback", "import", file, "--server", server.Address.ToString(), "--key", key, "--on-error", "skip", .. mapping]);

        Assert.Equal(ExitCodes.Invalid, failed.ExitCode);
        var error = failed.Error.ReplaceLineEndings(" "); // the error console wraps at 80 columns when it is not a terminal
        Assert.Contains("reviews.tsv: line 3, field 2 (Zeit): cannot read 'gestern' as a time", error, StringComparison.Ordinal);
        Assert.Contains("reviews.tsv: line 4, field 4 (Sterne): the score 9 is out of range for RATING (1-5)", error, StringComparison.Ordinal);
        Assert.Contains("Nothing sent", failed.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, skipped.ExitCode);
        Assert.Contains("accepted 1, duplicates 0, rejected 0", skipped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackImport_BadRow_ErrorsNameTheFile()
    {
        using var cli = new CliRunner();
        var file = Write(cli, "survey.csv", ["customer_id,time,text", "c1,2026-11-01T10:00:00Z,Fine", "c2,last week,Slow"]);

        // Nothing is sent when a row is bad, so no server is needed.
        var failed = await cli.RunAsync("feedback", "import", file, "--server", "http://127.0.0.1:9", "--key", "wm_none");

        Assert.Equal(ExitCodes.Invalid, failed.ExitCode);
        Assert.Contains("survey.csv: line 3", failed.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing sent from survey.csv:", failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackImport_KeyOfAnotherWorkspaceOrBadColumn_Refused()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var http = WaymarkHttp.Client(server.Address);
        using var cli = new CliRunner();
        var file = Write(cli, "survey.csv", Rows);
        var key = await CreateKeyAsync(http);

        var other = await cli.RunAsync("feedback", "import", file, "--server", server.Address.ToString(), "--workspace", "elsewhere", "--key", key);
        var column = await cli.RunAsync("feedback", "import", file, "--server", server.Address.ToString(), "--key", key, "--column", "mood=comment");

        Assert.Equal(ExitCodes.ServerError, other.ExitCode);
        Assert.Contains("403", other.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, column.ExitCode);
        Assert.Contains("unknown field 'mood'", column.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/workspaces/demo/feedback")).GetProperty("total").GetInt64());
    }

    private static string Write(CliRunner cli, string name, string[] rows)
    {
        var file = cli.PathOf(name);
        File.WriteAllLines(file, rows);
        return file;
    }

    private static async Task<string> CreateKeyAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("/api/workspaces/demo/api-keys", new { name = "cli feedback test" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }
}
