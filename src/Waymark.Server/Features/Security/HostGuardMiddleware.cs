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
        if (HostNames.IsAllowed(context.Request.Host, _options))
        {
            return _next(context);
        }

        var host = context.Request.Host.HasValue ? context.Request.Host.Value : "(none)";
        return TypedResults.Problem(
            $"This server answers to localhost, 127.0.0.1 and [::1]{Configured()}, not to Host '{host}'. A page that reaches "
            + "it under another name could be another site pointing its name at this machine. To use another name, add it to "
            + "AllowedHosts.",
            statusCode: StatusCodes.Status421MisdirectedRequest, title: "Unknown host name").ExecuteAsync(context);
    }

    private string Configured() => _options.Names.Count == 0 ? "" : " and " + string.Join(", ", _options.Names);
}
