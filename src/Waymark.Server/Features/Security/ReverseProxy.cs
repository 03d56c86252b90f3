using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>
/// Running behind a TLS-terminating reverse proxy (ADR 028): X-Forwarded-For, -Proto and -Host are read only from the
/// proxies in <see cref="ProxyOptions"/>, first thing in the pipeline, so that everything after sees the browser's
/// side of the proxy: the session cookie is Secure under https, links use the public scheme and host, rate limits
/// count the real client address, and the host guard and cross-site guards judge the public host. With no proxy
/// configured nothing is read, and a request that sends these headers is taken as it came.
/// </summary>
public static class ReverseProxy
{
    public static WebApplicationBuilder AddReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>()
            .Configure<IConfiguration>((o, configuration) =>
            {
                var read = ProxyOptions.From(configuration);
                (o.KnownProxies, o.KnownNetworks, o.ForwardLimit) = (read.KnownProxies, read.KnownNetworks, read.ForwardLimit);
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidation>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) => Trust(o, proxy.Value));
        builder.Services.AddTransient<IStartupFilter, ForwardedHeadersFirst>();
        return builder;
    }

    /// <summary>Only the configured proxies: ASP.NET's loopback defaults are cleared.</summary>
    internal static void Trust(ForwardedHeadersOptions options, ProxyOptions proxy)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (proxy.Problem() is not null)
        {
            return; // start-up validation says why; nothing is trusted meanwhile
        }

        foreach (var address in proxy.Proxies())
        {
            options.KnownProxies.Add(address);
        }

        foreach (var network in proxy.Networks())
        {
            options.KnownIPNetworks.Add(network);
        }

        options.ForwardLimit = proxy.ForwardLimit;
    }
}
