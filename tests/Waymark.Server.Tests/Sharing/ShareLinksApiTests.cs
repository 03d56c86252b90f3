using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace Waymark.Server.Tests.Sharing;

/// <summary>Share links through the real pipeline: secrets shown once, passcodes, expiry, revoke, last use, limits.</summary>
public abstract class ShareLinksApiTests(string provider, string connectionString) : ApiTests(provider, connectionString)
{
    [Fact]
    public async Task Create_Link_TokenAnsweredOnceAndNeverListed()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);

        var (id, token) = await ShareClient.CreateAsync(Http, mapId, passcode: "open sesame");
        var list = await ShareClient.ListAsync(Http, mapId);

        var link = Assert.Single(list.EnumerateArray());
        Assert.Equal(id, link.GetProperty("id").GetString());
        Assert.True(link.GetProperty("hasPasscode").GetBoolean());
        Assert.Equal("active", link.GetProperty("state").GetString());
        var secret = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        Assert.DoesNotContain(secret, list.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("open sesame", list.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_RightToken_GuestReadsItsMapAndNothingElse()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var other = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId);

        using var guest = Factory.CreateClient();
        using var opened = await ShareClient.OpenAsync(guest, token, name: "Ada");
        var shared = await opened.Content.ReadFromJsonAsync<SharedMap>();

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal((ApiClient.Workspace, mapId, "view", "Ada (guest)"), (shared!.WorkspaceId, shared.MapId, shared.Access, shared.GuestName));
        var cookie = opened.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync(ApiClient.MapUrl(mapId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync(ApiClient.MapUrl(other))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync($"/api/workspaces/{ApiClient.Workspace}/maps")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.PutAsync(ApiClient.MapUrl(mapId), JsonContent.Create(new { }))).StatusCode);
    }

    [Fact]
    public async Task Open_WrongOrPartialToken_NotFound()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (id, token) = await ShareClient.CreateAsync(Http, mapId);
        using var guest = Factory.CreateClient();

        using var wrong = await ShareClient.OpenAsync(guest, id + ".not-the-secret");
        using var idOnly = await ShareClient.OpenAsync(guest, id);
        using var cut = await ShareClient.OpenAsync(guest, token[..^1]);

        Assert.All(new[] { wrong, idOnly, cut }, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Open_Passcode_MissingAndWrongRefusedRightOpens()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, passcode: "tangerine");
        using var guest = Factory.CreateClient();

        using var missing = await ShareClient.OpenAsync(guest, token);
        using var wrong = await ShareClient.OpenAsync(guest, token, "tangerina");
        var afterWrong = await guest.GetAsync(ApiClient.MapUrl(mapId));
        using var right = await ShareClient.OpenAsync(guest, token, "tangerine");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Passcode required", (await ApiClient.ProblemAsync(missing)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("Wrong passcode", (await ApiClient.ProblemAsync(wrong)).GetProperty("title").GetString());
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync(ApiClient.MapUrl(mapId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWrong.StatusCode); // accounts off and no ticket: the local owner, as before
    }

    [Fact]
    public async Task Open_ExpiredLink_GoneAndOpenGuestShutOut()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (id, token) = await ShareClient.CreateAsync(Http, mapId, expiresAt: DateTime.UtcNow.AddDays(1));
        using var guest = await ShareClient.GuestAsync(Factory, token);

        await ShareClient.ExpireAsync(Factory, id);
        using var again = await ShareClient.OpenAsync(Factory.CreateClient(), token);

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("Share link expired", (await ApiClient.ProblemAsync(again)).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await guest.GetAsync(ApiClient.MapUrl(mapId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync("/api/share/session")).StatusCode);
        Assert.Equal("expired", (await ShareClient.ListAsync(Http, mapId))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Create_ExpiryInThePast_ValidationProblemAtExpiresAt()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);

        using var response = await Http.PostAsJsonAsync(ShareClient.LinksUrl(mapId), new { access = "view", expiresAt = DateTime.UtcNow.AddHours(-1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "expiresAt"));
    }

    [Fact]
    public async Task Revoke_OpenGuest_LosesTheMapOnItsNextRequest()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (id, token) = await ShareClient.CreateAsync(Http, mapId);
        using var guest = await ShareClient.GuestAsync(Factory, token);
        Assert.Equal(HttpStatusCode.OK, (await guest.GetAsync(ApiClient.MapUrl(mapId))).StatusCode);

        using var revoked = await Http.DeleteAsync($"{ShareClient.LinksUrl(mapId)}/{id}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guest.GetAsync(ApiClient.MapUrl(mapId))).StatusCode);
        using var again = await ShareClient.OpenAsync(Factory.CreateClient(), token);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal("revoked", (await ShareClient.ListAsync(Http, mapId))[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Open_Link_LastUseAndOpensListed()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await ShareClient.ListAsync(Http, mapId))[0].GetProperty("lastUsedAt").ValueKind);

        using var first = await ShareClient.GuestAsync(Factory, token);
        using var second = await ShareClient.GuestAsync(Factory, token);

        var link = (await ShareClient.ListAsync(Http, mapId))[0];
        Assert.Equal(2, link.GetProperty("opens").GetInt32());
        Assert.True(link.GetProperty("lastUsedAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Open_BruteForceFromOneAddress_HeldBackEvenWithTheRightPasscode()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, passcode: "tangerine");
        using var guest = Factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await ShareClient.OpenAsync(guest, token, $"guess{i}");
            statuses.Add(wrong.StatusCode);
        }

        using var right = await ShareClient.OpenAsync(guest, token, "tangerine");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Open_BruteForceOnOneLink_LinkHeldBack()
    {
        using var strict = Factory.WithWebHostBuilder(b => b.UseSetting("Sharing:PasscodeFailuresPerLink", "3").UseSetting("Sharing:PasscodeFailuresPerAddress", "1000"));
        using var owner = strict.CreateClient();
        var mapId = await ApiClient.CreateFromTemplateAsync(owner);
        var (_, token) = await ShareClient.CreateAsync(owner, mapId, passcode: "tangerine");
        var (_, otherToken) = await ShareClient.CreateAsync(owner, mapId, passcode: "tangerine");

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await ShareClient.OpenAsync(strict.CreateClient(), token, $"guess{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var held = await ShareClient.OpenAsync(strict.CreateClient(), token, "tangerine");
        using var otherLink = await ShareClient.OpenAsync(strict.CreateClient(), otherToken, "tangerine");
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherLink.StatusCode);
    }

    [Fact]
    public async Task CreateOpenRevoke_AuditLinesWithoutSecrets()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (id, token) = await ShareClient.CreateAsync(Http, mapId, passcode: "tangerine");
        using var guest = await ShareClient.GuestAsync(Factory, token, "tangerine");
        using var revoked = await Http.DeleteAsync($"{ShareClient.LinksUrl(mapId)}/{id}");

        var lines = (await ShareClient.AuditAsync(Factory)).Where(l => l.Target == id).ToList();

        Assert.Equal(["share-link.created", "share-link.opened", "share-link.revoked"], lines.Select(l => l.Action));
        Assert.Equal("Ada (guest)", lines[1].ActorName);
        var secret = token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..];
        Assert.All(lines, l => Assert.DoesNotContain(secret, l.Detail ?? "", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("tangerine", l.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_AfterOpenAndLeave_AnswersThenForgets()
    {
        var mapId = await ApiClient.CreateFromTemplateAsync(Http);
        var (_, token) = await ShareClient.CreateAsync(Http, mapId, "comment", includesData: true);
        using var guest = await ShareClient.GuestAsync(Factory, token);

        var session = await guest.GetFromJsonAsync<SharedMap>("/api/share/session");
        using var left = await guest.DeleteAsync("/api/share/session");

        Assert.Equal((mapId, "comment", true), (session!.MapId, session.Access, session.IncludesData));
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await guest.GetAsync("/api/share/session")).StatusCode);
    }

    private sealed record SharedMap(string WorkspaceId, string WorkspaceName, string MapId, string MapName, string Access, bool IncludesData, string GuestName);
}
