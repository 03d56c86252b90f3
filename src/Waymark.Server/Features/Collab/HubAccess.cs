using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Waymark.Core.Operations;
using Waymark.Data;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;
using Waymark.Server.Features.Security;

namespace Waymark.Server.Features.Collab;

/// <summary>
/// The hub's access checks, the API's rules applied per call: the caller is found by the same
/// <see cref="IWorkspaceAccess"/> (session cookie, share-link ticket, or the local owner) from the connection's
/// request, every call, so a role change applies at once. An unknown workspace or map answers "not found" either way.
/// </summary>
internal static class HubAccess
{
    public const string Forbidden = "forbidden";
    public const string NotFound = "not found";

    public static async Task<Caller> RequireAsync(HubCallerContext context, IServiceProvider services, string workspaceId, string mapId, WorkspaceRole role)
    {
        var http = RequestOf(context, services);
        var caller = await services.GetRequiredService<IWorkspaceAccess>().FindCallerAsync(http, workspaceId);
        if (caller is null || (caller.MapId is not null && caller.MapId != mapId))
        {
            throw new HubException(NotFound);
        }

        var db = services.GetRequiredService<WaymarkDbContext>();
        if (!await db.Maps.AnyAsync(m => m.Id == mapId && m.WorkspaceId == workspaceId, context.ConnectionAborted))
        {
            throw new HubException(NotFound);
        }

        return caller.Has(role) ? caller : throw new HubException(Forbidden);
    }

    /// <summary>Who the ops are by: the account, the guest, or (accounts off) the name the client gives, as the API's X-Waymark-User.</summary>
    public static OperationAuthor AuthorOf(Caller caller, HubCallerContext context)
    {
        if (caller.Kind != CallerKind.LocalOwner)
        {
            return new OperationAuthor(caller.UserId ?? caller.GuestId ?? "guest", caller.DisplayName);
        }

        var request = context.GetHttpContext()?.Request;
        var name = request?.Headers[Authors.Header].ToString().Trim() is { Length: > 0 } header ? header : request?.Query["user"].ToString().Trim() ?? "";
        name = name.Length > 200 ? name[..200] : name;
        return name.Length == 0 ? new OperationAuthor(Caller.LocalUserId, caller.DisplayName) : new OperationAuthor("local:" + name, name);
    }

    /// <summary>Why the connection is refused: another site's page, by the browser's word (as the API's cross-site rule).</summary>
    public static string? Refusal(HttpContext? http)
    {
        if (http is null)
        {
            return null;
        }

        var request = http.Request;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || site.Equals("same-site", StringComparison.OrdinalIgnoreCase))
        {
            return "cross-site connection refused";
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !CrossSiteGuardMiddleware.IsOwnOrigin(request, origin) ? "cross-site connection refused" : null;
    }

    /// <summary>
    /// A request for the access code: the connection's user and headers (cookies included) with this call's services,
    /// as the connection's own request may be gone (long polling) and its services disposed.
    /// </summary>
    private static DefaultHttpContext RequestOf(HubCallerContext context, IServiceProvider services)
    {
        var http = new DefaultHttpContext { RequestServices = services, RequestAborted = context.ConnectionAborted };
        http.User = context.User ?? http.User;
        if (context.GetHttpContext()?.Request is { } original)
        {
            foreach (var (key, value) in original.Headers)
            {
                http.Request.Headers[key] = value;
            }

            http.Request.Scheme = original.Scheme;
            http.Request.Host = original.Host;
            http.Request.Path = original.Path;
            http.Connection.RemoteIpAddress = original.HttpContext.Connection.RemoteIpAddress;
        }

        return http;
    }
}
