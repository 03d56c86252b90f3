using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Puts the forwarded headers in front of everything else in the pipeline (security headers, the host guard, the
/// cookies), and keeps the Host the request arrived with, which the host guard checks as well as the forwarded one.
/// Added only when a proxy is configured.
/// </summary>
internal sealed class ForwardedHeadersFirst(IOptions<ProxyOptions> proxy) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (proxy.Value.Enabled)
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Features.Set(new ArrivedHost(context.Request.Host));
                return nextMiddleware(context);
            });
            app.UseForwardedHeaders();
        }

        next(app);
    };
}
