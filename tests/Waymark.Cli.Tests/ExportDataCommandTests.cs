using System.Net.Http.Json;
using System.Text.Json;
using Waymark.Testing;

namespace Waymark.Cli.Tests;

/// <summary>`waymark export FILE --server URL`: the file drawn offline with the server's figures in its data strip.</summary>
public sealed class ExportDataCommandTests
{
    [Fact]
    public async Task Export_WithServer_DrawsTheSameDataStripAsTheServersExport()
    {
        await using var server = await LiveWaymarkServer.StartAsync("--Demo:Events=true");
        using var http = new HttpClient { BaseAddress = server.Address };
        var maps = await http.GetFromJsonAsync<JsonElement>("api/workspaces/demo/maps");
        var id = maps.EnumerateArray().Single(m => m.GetProperty("name").GetString() == "SaaS free trial to paid").GetProperty("id").GetString()!;
        using var cli = new CliRunner();
        var file = cli.PathOf("trial.waymark.json");
        await File.WriteAllTextAsync(file, await http.GetStringAsync($"api/workspaces/demo/maps/{id}/export?format=json"));

        var result = await cli.RunAsync("export", file, "-o", cli.PathOf("trial.pdf"), "--server", server.Address.ToString(),
            "--workspace", "demo", "--from", "2026-01-01");
        var fromServer = await http.GetByteArrayAsync($"api/workspaces/demo/maps/{id}/export?format=pdf&data=true&from=2026-01-01");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var text = PdfText.Of(await File.ReadAllBytesAsync(cli.PathOf("trial.pdf")));
        Assert.Contains("customers", text, StringComparison.Ordinal);
        Assert.Contains("Since 1 Jan 2026", text, StringComparison.Ordinal);
        Assert.Equal(PdfText.Of(fromServer), text);
    }

    [Fact]
    public async Task Export_WithServerOfUnknownMap_ExitsInvalid()
    {
        await using var server = await LiveWaymarkServer.StartAsync();
        using var cli = new CliRunner();
        var file = cli.PathOf("hotel.waymark.json");
        await cli.RunAsync("new", "--template", "hotel-stay", "-o", file);

        var result = await cli.RunAsync("export", file, "-o", cli.PathOf("hotel.pdf"), "--server", server.Address.ToString());

        Assert.Equal(ExitCodes.Invalid, result.ExitCode);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.PathOf("hotel.pdf")));
    }
}
