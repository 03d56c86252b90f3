using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Answers only requests addressed to this server by name. A page on http://evil.example:5080 whose name the
/// attacker re-points at 127.0.0.1 (DNS rebinding) is same-origin with itself, so the browser lets it read whatever
/// the server answers; the Host header it sends (evil.example) is the one thing that gives it away.
/// </summary>
internal sealed class HostGuardMiddleware
{
    private readonly RequestDelegate _next;
    private readonly AllowedHostsOptions _options;

    public HostGuardMiddleware(RequestDelegate next, IOptions<AllowedHostsOptions> options)
    {
        _next = next;
        _options = options.Value;
    }

    public Task InvokeAsync(HttpContext context)
    {
        var refused = Refused(context);
        if (refused is null)
        {
            return _next(context);
        }

        var host = refused.Value.HasValue ? refused.Value.Value : "(none)";
        return TypedResults.Problem(
            $"This server answers to localhost, 127.0.0.1 and [::1]{Configured()}, not to Host '{host}'. A page that reaches "
            + "it under another name could be another site pointing its name at this machine. To use another name, add it to "
            + "AllowedHosts.",
            statusCode: StatusCodes.Status421MisdirectedRequest, title: "Unknown host name").ExecuteAsync(context);
    }

    /// <summary>
    /// The Host that does not name this server, or null. Behind a trusted proxy both the forwarded Host and the one the
    /// request arrived with must: a rebinding page on the proxy's machine may reach Kestrel directly and forward itself
    /// a good name, but its own Host still gives it away.
    /// </summary>
    private HostString? Refused(HttpContext context)
    {
        if (!HostNames.IsAllowed(context.Request.Host, _options))
        {
            return context.Request.Host;
        }

        var arrived = context.Features.Get<ArrivedHost>()?.Host;
        return arrived is { } own && !HostNames.IsAllowed(own, _options) ? own : null;
    }

    private string Configured() => _options.Names.Count == 0 ? "" : " and " + string.Join(", ", _options.Names);
}
