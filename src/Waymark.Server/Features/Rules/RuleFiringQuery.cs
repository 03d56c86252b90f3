using Microsoft.AspNetCore.Mvc;

namespace Waymark.Server.Features.Rules;

/// <summary>The firings' paging: <c>before</c> a firing id (the page holds older ones) and <c>limit</c> (1 to 200, default 50).</summary>
public sealed record RuleFiringQuery
{
    [FromQuery(Name = "before")] public string? Before { get; init; }
    [FromQuery(Name = "limit")] public int? Limit { get; init; }
}
