using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Waymark.Testing;

namespace Waymark.Server.Tests.Routes;

/// <summary>
/// web/src/api/openapi.json is the server's OpenAPI document as it serves it; the web client's types are generated
/// from that file, so a server change that the file does not show fails here. WAYMARK_WRITE_OPENAPI=1 rewrites it.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private const string Rewrite =
        "rewrite it with: WAYMARK_WRITE_OPENAPI=1 dotnet test tests/Waymark.Server.Tests --filter FullyQualifiedName~OpenApiDocumentTests " +
        "(then regenerate the web client's types from it)";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly WaymarkFactory _factory = new("Sqlite", TempSqlite.NewMigratedConnectionString());

    [Fact]
    public async Task Document_AsServed_IsTheCommittedFile()
    {
        var expected = await ServedAsync();
        var path = RepoPaths.Combine("web", "src", "api", "openapi.json");
        if (Environment.GetEnvironmentVariable("WAYMARK_WRITE_OPENAPI") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        var committed = File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n") : "";
        Assert.True(committed == expected, $"web/src/api/openapi.json is not the server's OpenAPI document ({FirstDifference(committed, expected)}); {Rewrite}");
    }

    [Fact]
    public async Task Document_TwoServers_SameText()
    {
        using var other = new WaymarkFactory("Sqlite", TempSqlite.NewMigratedConnectionString());

        Assert.Equal(await ServedAsync(), await ServedAsync(other));
    }

    public void Dispose() => _factory.Dispose();

    private Task<string> ServedAsync() => ServedAsync(_factory);

    /// <summary>The document pretty-printed, so the committed file diffs line by line.</summary>
    private static async Task<string> ServedAsync(WaymarkFactory factory)
    {
        using var http = factory.CreateClient();
        var node = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        return node.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    private static string FirstDifference(string committed, string expected)
    {
        var (a, b) = (committed.Split('\n'), expected.Split('\n'));
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var (x, y) = (i < a.Length ? a[i] : "(end)", i < b.Length ? b[i] : "(end)");
            if (x != y)
            {
                return $"line {i + 1}: committed `{x.Trim()}`, served `{y.Trim()}`";
            }
        }

        return "same lines";
    }
}
