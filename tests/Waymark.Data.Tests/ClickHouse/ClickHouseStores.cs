using System.Text;
using Waymark.Data.EventStores.ClickHouse;
using Waymark.Testing.ClickHouse;

namespace Waymark.Data.Tests.ClickHouse;

/// <summary>Settings for a store on a fresh database of the test server, and raw SQL for looking behind the store.</summary>
internal static class ClickHouseStores
{
    public static ClickHouseOptions Options(ClickHouseServer server, string? database = null) => new()
    {
        Url = server.Url.ToString(),
        Database = database ?? server.NewDatabaseName(),
    };

    /// <summary>Settings for a store on <paramref name="database"/> of the cluster, reached through server <paramref name="via"/>.</summary>
    public static ClickHouseOptions ClusterOptions(ClickHouseCluster cluster, string database, int via = 0, bool replicated = false) => new()
    {
        Url = cluster.Servers[via].Url.ToString(),
        Database = database,
        Cluster = ClickHouseCluster.Name,
        Servers = [.. cluster.Servers.Select(server => server.Url.ToString())],
        Replicated = replicated,
        InsertQuorum = replicated ? cluster.Servers.Count : 0,
    };

    /// <summary>Runs SQL on the server in <paramref name="database"/> and returns the answer's text (TabSeparated).</summary>
    public static async Task<string> QueryAsync(ClickHouseServer server, string database, string sql)
    {
        using var client = new HttpClient();
        using var content = new StringContent(sql, Encoding.UTF8);
        using var response = await client.PostAsync(new Uri(server.Url, "?database=" + database), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text.TrimEnd('\n');
    }
}
