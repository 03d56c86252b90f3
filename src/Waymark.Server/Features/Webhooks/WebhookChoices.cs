using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// The narrow read of a workspace's webhook endpoints for anyone who may edit its maps: enough to pick an endpoint for
/// a rule (<see cref="WebhookChoice"/>), nothing an owner keeps to themselves. The full routes stay owner-only.
/// </summary>
public static class WebhookChoices
{
    public static RouteGroupBuilder MapWebhookChoices(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/webhooks/choices", List).RequireRole(WorkspaceRole.Editor).WithTags("Webhooks").WithName("ListWebhookChoices")
            .WithSummary("The workspace's webhook endpoints as a rule's editor picks them: id, description, host and whether on; oldest first.");
        return workspace;
    }

    public static async Task<Ok<WebhookChoice[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.WebhookEndpoints.AsNoTracking().Where(e => e.WorkspaceId == workspaceId)
            .Select(e => new { e.Id, e.Description, e.Url, e.Enabled, e.CreatedAt }).ToArrayAsync(ct);
        return TypedResults.Ok(rows.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new WebhookChoice(e.Id, e.Description, HostOf(e.Url), e.Enabled)).ToArray());
    }

    /// <summary>The host (and a port that is not the scheme's own) of a stored URL; never its user, path or query.</summary>
    internal static string HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}") : "";
}
