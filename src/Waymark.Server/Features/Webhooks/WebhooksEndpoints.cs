using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Waymark.Core.Maps;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Audit;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Webhooks;

/// <summary>
/// A workspace's webhook endpoints (owners only): list, create (the secret is returned once), read, change, delete and
/// rotate the secret; the delivery log, test send and replay are in <see cref="WebhookDeliveriesEndpoints"/>.
/// </summary>
public static class WebhooksEndpoints
{
    public static RouteGroupBuilder MapWebhooks(this RouteGroupBuilder workspace)
    {
        var group = workspace.MapGroup("/webhooks").WithTags("Webhooks");
        group.MapGet("/", List).RequireRole(WorkspaceRole.Owner).WithName("ListWebhooks").WithSummary("Lists the workspace's webhook endpoints (without their secrets), oldest first.");
        group.MapPost("/", Create).RequireRole(WorkspaceRole.Owner).WithName("CreateWebhook").WithSummary("Adds a webhook endpoint; the answer is the only time its signing secret is sent.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{webhookId}", Get).RequireRole(WorkspaceRole.Owner).WithName("GetWebhook").WithSummary("One webhook endpoint, without its secret.");
        group.MapPut("/{webhookId}", Update).RequireRole(WorkspaceRole.Owner).WithName("UpdateWebhook").WithSummary("Changes what is sent of url, description, enabled and events.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapDelete("/{webhookId}", Delete).RequireRole(WorkspaceRole.Owner).WithName("DeleteWebhook").WithSummary("Deletes the endpoint and its delivery log.");
        group.MapPost("/{webhookId}/rotate-secret", Rotate).RequireRole(WorkspaceRole.Owner).WithName("RotateWebhookSecret")
            .WithSummary("Makes a new signing secret (returned once); the old one keeps signing beside it for the overlap.")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapWebhookDeliveries();
        return workspace;
    }

    public static async Task<Ok<WebhookDto[]>> List(string workspaceId, WaymarkDbContext db, CancellationToken ct)
    {
        var rows = await db.WebhookEndpoints.AsNoTracking().Where(e => e.WorkspaceId == workspaceId).ToArrayAsync(ct);
        var now = DateTime.UtcNow;
        return TypedResults.Ok(rows.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.ToDto(now)).ToArray());
    }

    public static async Task<Results<Ok<WebhookDto>, ProblemHttpResult>> Get(string workspaceId, string webhookId, WaymarkDbContext db, CancellationToken ct) =>
        await FindAsync(db, workspaceId, webhookId, ct) is { } e ? TypedResults.Ok(e.ToDto(DateTime.UtcNow)) : Problems.NotFound("webhook", webhookId);

    internal static async Task<Results<Created<CreatedWebhook>, ValidationProblem, ProblemHttpResult>> Create(
        string workspaceId, WebhookRequest request, HttpResponse response, WaymarkDbContext db, WebhookSecrets secrets,
        IOptions<WebhookOptions> options, IAuditTrail audit, CancellationToken ct)
    {
        var o = options.Value;
        if (WebhookRequestCheck.Problems(request, create: true, o.AllowPrivateAddresses) is { Count: > 0 } problems)
        {
            return Problems.Invalid(problems, "The webhook is not valid");
        }

        if (await db.WebhookEndpoints.CountAsync(e => e.WorkspaceId == workspaceId, ct) >= o.MaxEndpointsPerWorkspace)
        {
            return TypedResults.Problem($"A workspace has at most {o.MaxEndpointsPerWorkspace} webhook endpoints; delete one first.",
                statusCode: StatusCodes.Status409Conflict, title: "Too many webhooks");
        }

        var now = DateTime.UtcNow;
        var secret = WebhookSecrets.NewSecret();
        var entity = new WebhookEndpointEntity
        {
            Id = Ids.New("whk"),
            WorkspaceId = workspaceId,
            Url = request.Url!.Trim(),
            Description = request.Description?.Trim() ?? "",
            Events = WebhookEvents.Store(request.Events!.Distinct(StringComparer.Ordinal)),
            Enabled = request.Enabled ?? true,
            DisabledReason = request.Enabled == false ? "created disabled" : null,
            DisabledAt = request.Enabled == false ? now : null,
            Secret = secrets.Protect(secret),
            SecretCreatedAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WebhookEndpoints.Add(entity);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("workspace", workspaceId);
        }

        await audit.RecordAsync(response.HttpContext, workspaceId, AuditActions.WebhookCreated, entity.Id, entity.Url);
        response.Headers.CacheControl = "no-store"; // the only time the secret is sent
        return TypedResults.Created($"/api/workspaces/{workspaceId}/webhooks/{entity.Id}", new CreatedWebhook(entity.ToDto(now), secret));
    }

    internal static async Task<Results<Ok<WebhookDto>, ValidationProblem, ProblemHttpResult>> Update(
        string workspaceId, string webhookId, WebhookRequest request, HttpContext http, WaymarkDbContext db,
        IOptions<WebhookOptions> options, IAuditTrail audit, CancellationToken ct)
    {
        if (WebhookRequestCheck.Problems(request, create: false, options.Value.AllowPrivateAddresses) is { Count: > 0 } problems)
        {
            return Problems.Invalid(problems, "The webhook is not valid");
        }

        var entity = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == webhookId && e.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("webhook", webhookId);
        }

        var now = DateTime.UtcNow;
        Apply(entity, request, http.Caller().DisplayName, now);
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("webhook", webhookId);
        }

        if (!entity.Enabled)
        {
            await WebhookEndpointHealth.StopPendingAsync(db, entity.Id, $"the endpoint was disabled: {entity.DisabledReason}", ct);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.WebhookUpdated, entity.Id, entity.Url);
        return TypedResults.Ok(entity.ToDto(now));
    }

    private static void Apply(WebhookEndpointEntity entity, WebhookRequest request, string by, DateTime now)
    {
        entity.Url = request.Url?.Trim() ?? entity.Url;
        entity.Description = request.Description?.Trim() ?? entity.Description;
        entity.Events = request.Events is { } events ? WebhookEvents.Store(events.Distinct(StringComparer.Ordinal)) : entity.Events;
        if (request.Enabled is { } enabled && enabled != entity.Enabled)
        {
            entity.Enabled = enabled;
            entity.DisabledReason = enabled ? null : $"disabled by {by}";
            entity.DisabledAt = enabled ? null : now;
            entity.ConsecutiveFailures = 0; // switched back on: a fresh run of failures
            entity.FirstFailureAt = null;
        }

        entity.UpdatedAt = now;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(string workspaceId, string webhookId, HttpContext http, WaymarkDbContext db, IAuditTrail audit, CancellationToken ct)
    {
        var url = await db.WebhookEndpoints.Where(e => e.Id == webhookId && e.WorkspaceId == workspaceId).Select(e => e.Url).FirstOrDefaultAsync(ct);
        var deleted = url is null ? 0 : await db.WebhookEndpoints.Where(e => e.Id == webhookId && e.WorkspaceId == workspaceId).ExecuteDeleteAsync(ct);
        if (deleted == 0)
        {
            return Problems.NotFound("webhook", webhookId);
        }

        await audit.RecordAsync(http, workspaceId, AuditActions.WebhookDeleted, webhookId, url);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Ok<CreatedWebhook>, ValidationProblem, ProblemHttpResult>> Rotate(
        string workspaceId, string webhookId, RotateSecretRequest? request, HttpResponse response, WaymarkDbContext db,
        WebhookSecrets secrets, IOptions<WebhookOptions> options, IAuditTrail audit, CancellationToken ct)
    {
        var overlap = request?.OverlapHours ?? options.Value.DefaultOverlapHours;
        if (overlap is < 0 or > 720 || double.IsNaN(overlap))
        {
            return Problems.Invalid("overlapHours", "The overlap is 0 to 720 hours (30 days).");
        }

        var entity = await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == webhookId && e.WorkspaceId == workspaceId, ct);
        if (entity is null)
        {
            return Problems.NotFound("webhook", webhookId);
        }

        var now = DateTime.UtcNow;
        var secret = WebhookSecrets.NewSecret();
        entity.PreviousSecret = overlap > 0 ? entity.Secret : null;
        entity.PreviousSecretUntil = overlap > 0 ? now.AddHours(overlap) : null;
        entity.Secret = secrets.Protect(secret);
        entity.SecretCreatedAt = now;
        entity.UpdatedAt = now;
        if (!await Saves.TrySaveAsync(db, ct))
        {
            return Problems.NotFound("webhook", webhookId);
        }

        var until = entity.PreviousSecretUntil is { } u ? $"the old secret signs too until {u:yyyy-MM-dd HH:mm} UTC" : "the old secret stopped at once";
        await audit.RecordAsync(response.HttpContext, workspaceId, AuditActions.WebhookSecretRotated, entity.Id, $"{entity.Url}: {until}");
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new CreatedWebhook(entity.ToDto(now), secret));
    }

    internal static Task<WebhookEndpointEntity?> FindAsync(WaymarkDbContext db, string workspaceId, string webhookId, CancellationToken ct) =>
        db.WebhookEndpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == webhookId && e.WorkspaceId == workspaceId, ct);
}
