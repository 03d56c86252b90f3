using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Webhooks;

/// <summary>The delivery log's paging: <c>before</c> a delivery id (the page holds older ones) and <c>limit</c> (1 to 200, default 50).</summary>
public sealed record WebhookDeliveryQuery
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    [FromQuery(Name = "before")] public string? Before { get; init; }
    [FromQuery(Name = "limit")] public int? Limit { get; init; }
}
