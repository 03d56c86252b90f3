using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing.ClickHouse;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>
/// A server whose events live in ClickHouse creates the schema at start, not at the first event: pushdown queries the
/// tables directly, so before this a fresh database answered the activity list with a 500 ("Database ... doesn't
/// exist") until something had been stored.
/// </summary>
[NeedsClickHouse]
[Collection(ClickHouseCollection.Name)]
public sealed class ClickHouseStartTests(ClickHouseFixture clickHouse)
{
    [StoreFact]
    public async Task Start_FreshDatabaseNothingStored_SchemaThereAndPushdownAnswersEmpty()
    {
        var database = clickHouse.Server.NewDatabaseName();
        using var factory = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString(), new Dictionary<string, string>
        {
            ["Events:Store"] = "ClickHouse",
            ["Events:ClickHouse:Url"] = clickHouse.Server.Url.ToString(),
            ["Events:ClickHouse:Database"] = database,
            ["Demo:Events"] = "false",
        });
        using var http = factory.CreateClient();

        using var tables = new HttpClient();
        var names = await tables.PostAsync(clickHouse.Server.Url, new StringContent(
            $"SELECT name FROM system.tables WHERE database = '{database}' ORDER BY name FORMAT TabSeparated"));
        var listed = (await names.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var activities = await http.GetAsync(new Uri("/api/workspaces/demo/activities", UriKind.Relative));

        Assert.Contains("events", listed);
        Assert.Contains("feedback", listed);
        Assert.Equal(HttpStatusCode.OK, activities.StatusCode);
        Assert.Equal(0, (await activities.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength());
    }
}
