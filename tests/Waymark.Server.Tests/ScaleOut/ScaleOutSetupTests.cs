using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Waymark.Server.Features.ScaleOut;
using Waymark.Testing;
using Waymark.Testing.Redis;

namespace Waymark.Server.Tests.ScaleOut;

/// <summary>Collab:Redis decides whether a server shares its hub and presence; bad settings stop it at start.</summary>
[Collection(RedisCollection.Name)]
public sealed class ScaleOutSetupTests(RedisFixture redis)
{
    [Fact]
    public async Task Start_WithoutCollabRedis_KeepsPresenceInMemory()
    {
        await using var server = await LiveWaymarkServer.StartAsync();

        Assert.IsType<LocalPresenceStore>(server.Services.GetRequiredService<IPresenceStore>());
        Assert.False(server.Services.IsScaledOut());
    }

    [Fact]
    public async Task Start_WithCollabRedis_SharesPresenceThroughRedis()
    {
        await using var server = await LiveWaymarkServer.StartAsync($"--Collab:Redis={redis.Server.ConnectionString}", "--Collab:RedisPrefix=setup");

        var store = server.Services.GetRequiredService<IPresenceStore>();
        Assert.IsType<RedisPresenceStore>(store);
        Assert.True(server.Services.IsScaledOut());
        await store.SetAsync("w:m", "c1", "\"x\"");
        Assert.Equal(":1", redis.Server.Command("EXISTS setup:presence:w:m"));
    }

    [Theory]
    [InlineData("--Collab:PresenceSeconds=1", "PresenceSeconds must be 3 to 3600")]
    [InlineData("--Collab:PresenceSeconds=abc", "PresenceSeconds")]
    [InlineData("--Collab:RedisPrefix= ", "RedisPrefix 1 to 64 characters")]
    public async Task Start_BadCollabSetting_FailsWithWhatIsWrong(string setting, string message)
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => LiveWaymarkServer.StartAsync(setting));

        Assert.Contains(message, e.ToString(), StringComparison.Ordinal);
    }
}
