using System.Net;
using Waymark.Core.FileFormat;
using Waymark.Core.Maps;

namespace Waymark.Server.Tests.ClickHouse;

/// <summary>A map on the default source with steps bound to Ad, Visit, Cart and Pay (or PayLater, an alternative); its id.</summary>
internal static class ActivityMaps
{
    public static async Task<string> CreateAsync(HttpClient http)
    {
        var id = await ApiClient.CreateFromTemplateAsync(http);
        var (map, _, etag) = await ApiClient.GetMapAsync(http, id);
        map.Stages =
        [
            new() { Id = "stg_aware", Name = "Aware", Steps = [Bound("stp_ad", "Ad"), Bound("stp_visit", "Visit")] },
            new() { Id = "stg_buy", Name = "Buy", Steps = [Bound("stp_cart", "Cart"), Bound("stp_pay", "Pay", "PayLater")] },
        ];
        map.Lanes.ForEach(l => l.Cells.Clear());
        using var put = await ApiClient.PutAsync(http, id, MapSerializer.ToJson(map), etag);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return id;
    }

    private static Step Bound(string id, string activity, params string[] more) => new()
    {
        Id = id,
        Name = id,
        Binding = new StepBinding { Activities = [activity, .. more] },
    };
}
