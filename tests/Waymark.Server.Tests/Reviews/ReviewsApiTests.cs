using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Waymark.Server.Tests.Reviews;

/// <summary>
/// A map's owner and review: the inbox reminder (only once the date has passed, only for the owner), who may mark a
/// map reviewed and what that records, and the owner's rules. One server per class (<see cref="ReviewsWorld"/>).
/// </summary>
public abstract class ReviewsApiTests(ReviewsWorld world) : IAsyncLifetime
{
    protected ReviewsWorld World { get; } = world;

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Starts the class's server on its provider (the first test only).</summary>
    protected abstract Task StartAsync();

    private string Eve => World.UserIds["eve"];

    [Fact]
    public async Task Inbox_ReviewByPassed_ReminderForTheOwnerOnly()
    {
        var today = ReviewsWorld.Today;
        var overdue = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = today.AddDays(-1); });
        var dueToday = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = today; });
        var later = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = today.AddDays(30); });

        var eve = await World.InboxAsync("eve");
        var ed = await World.InboxAsync("ed");
        var olga = await World.InboxAsync("olga");

        var mine = ReviewsWorld.ReminderMapIds(eve);
        Assert.Contains(overdue, mine);
        Assert.DoesNotContain(dueToday, mine);
        Assert.DoesNotContain(later, mine);
        var line = eve.GetProperty("reviews").EnumerateArray().Single(r => r.GetProperty("mapId").GetString() == overdue);
        Assert.Equal(today.AddDays(-1).ToString("yyyy-MM-dd", null), line.GetProperty("reviewBy").GetString());
        Assert.True(eve.GetProperty("unread").GetInt32() >= mine.Length);
        Assert.DoesNotContain(overdue, ReviewsWorld.ReminderMapIds(ed));
        Assert.DoesNotContain(overdue, ReviewsWorld.ReminderMapIds(olga));
    }

    [Fact]
    public async Task MarkReviewed_ByTheOwnerWithAnInterval_RecordsWhoWhenMovesTheDateAndClearsTheReminder()
    {
        var today = ReviewsWorld.Today;
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = today.AddDays(-3); s.ReviewEveryDays = 90; });
        var before = await World.As("eve").GetFromJsonAsync<JsonElement>($"{ApiClient.MapUrl(id)}/review");

        using var response = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(before.GetProperty("due").GetBoolean());
        Assert.True(before.GetProperty("canMarkReviewed").GetBoolean());
        Assert.Equal("Eve Editor", before.GetProperty("ownerName").GetString());
        var (map, _, etag) = await ApiClient.GetMapAsync(World.As("ed"), id);
        Assert.Equal(today, map.Scope.ReviewedOn);
        Assert.Equal("Eve Editor", map.Scope.ReviewedBy);
        Assert.Equal(today.AddDays(90), map.Scope.ReviewBy);
        Assert.Equal(response.Headers.ETag!.Tag, etag);
        Assert.DoesNotContain(id, ReviewsWorld.ReminderMapIds(await World.InboxAsync("eve")));
        await using var db = World.Host.NewDb();
        var revision = await db.MapRevisions.Where(r => r.MapId == id).OrderByDescending(r => r.Number).FirstAsync();
        Assert.Equal($"Marked reviewed; next review by {today.AddDays(90):yyyy-MM-dd}", revision.Summary);
        Assert.Equal("Eve Editor", revision.Author);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "map.reviewed" && e.Target == id));
    }

    [Fact]
    public async Task MarkReviewed_WorkspaceOwnerWithANewDate_MovesTheDateThere()
    {
        var next = ReviewsWorld.Today.AddDays(14);
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = ReviewsWorld.Today.AddDays(-1); });

        using var response = await ReviewsWorld.MarkReviewedAsync(World.As("olga"), id, $$"""{"nextReviewBy": "{{next:yyyy-MM-dd}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (map, _, _) = await ApiClient.GetMapAsync(World.As("eve"), id);
        Assert.Equal(next, map.Scope.ReviewBy);
        Assert.Equal("Olga Owner", map.Scope.ReviewedBy);
    }

    [Theory]
    [InlineData("vic", HttpStatusCode.Forbidden)]
    [InlineData("ed", HttpStatusCode.Forbidden)]
    public async Task MarkReviewed_NotTheOwner_RefusedAndNothingChanged(string who, HttpStatusCode status)
    {
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = ReviewsWorld.Today.AddDays(-1); s.ReviewEveryDays = 30; });
        var (_, before, _) = await ApiClient.GetMapAsync(World.As("eve"), id);

        using var response = await ReviewsWorld.MarkReviewedAsync(World.As(who), id);
        var review = await World.As(who).GetFromJsonAsync<JsonElement>($"{ApiClient.MapUrl(id)}/review");

        Assert.Equal(status, response.StatusCode);
        Assert.False(review.GetProperty("canMarkReviewed").GetBoolean());
        Assert.Equal(before, (await ApiClient.GetMapAsync(World.As("eve"), id)).Json);
        Assert.Contains(id, ReviewsWorld.ReminderMapIds(await World.InboxAsync("eve")));
    }

    [Theory]
    [InlineData("{}", "nextReviewBy")]
    [InlineData("""{"nextReviewBy": "2001-01-01"}""", "nextReviewBy")]
    [InlineData("""{"nextReviewBy": "2999-01-01"}""", "nextReviewBy")]
    public async Task MarkReviewed_NoIntervalAndNoUsableDate_400AtNextReviewByAndNothingChanged(string body, string path)
    {
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = ReviewsWorld.Today.AddDays(-1); });
        var (_, before, _) = await ApiClient.GetMapAsync(World.As("eve"), id);

        using var response = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), path));
        Assert.Equal(before, (await ApiClient.GetMapAsync(World.As("eve"), id)).Json);
    }

    [Fact]
    public async Task MarkReviewed_HostileOrWrongTypedBodyOrStaleETagOrNoMap_RefusedWithoutAChange()
    {
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewBy = ReviewsWorld.Today.AddDays(-1); s.ReviewEveryDays = 7; });
        var (_, before, _) = await ApiClient.GetMapAsync(World.As("eve"), id);

        using var script = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), id, """{"nextReviewBy": "<script>alert(1)</script>"}""");
        using var number = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), id, """{"nextReviewBy": 20270101}""");
        using var stale = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), id, "{}", "\"1\"");
        using var missing = await ReviewsWorld.MarkReviewedAsync(World.As("eve"), "map_not_here");

        Assert.Equal(HttpStatusCode.BadRequest, script.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(before, (await ApiClient.GetMapAsync(World.As("eve"), id)).Json);
    }

    [Theory]
    [InlineData("nobody_here")]
    [InlineData("vic")]
    [InlineData("<script>alert(1)</script>")]
    public async Task SaveOwner_NotAnEditingMember_400AtScopeOwnerIdAndNothingStored(string owner)
    {
        var id = await World.MapAsync(_ => { });
        var ownerId = World.UserIds.GetValueOrDefault(owner, owner);
        var (_, before, _) = await ApiClient.GetMapAsync(World.As("eve"), id);

        using var response = await World.SaveScopeAsync("eve", id, s => s.OwnerId = ownerId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(response), "scope.ownerId"));
        Assert.Equal(before, (await ApiClient.GetMapAsync(World.As("eve"), id)).Json);
    }

    [Fact]
    public async Task SaveScope_HostileReviewerTextAndIntervalOutOfRange_TextKeptAsTextRangeRefused()
    {
        const string Hostile = "<img src=x onerror=alert(1)>";
        var id = await World.MapAsync(s => { s.OwnerId = Eve; s.ReviewedBy = Hostile; });

        using var zeroDays = await World.SaveScopeAsync("eve", id, s => s.ReviewEveryDays = 0);
        var (map, _, _) = await ApiClient.GetMapAsync(World.As("vic"), id);

        Assert.Equal(Hostile, map.Scope.ReviewedBy);
        Assert.Equal(HttpStatusCode.BadRequest, zeroDays.StatusCode);
        Assert.NotEmpty(ApiClient.ErrorsAt(await ApiClient.ProblemAsync(zeroDays), "scope.reviewEveryDays"));
        Assert.Null(map.Scope.ReviewEveryDays);
    }
}
