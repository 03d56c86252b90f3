using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>
/// What keeps other sites and other machines from acting on a Waymark server (ADR 009): loopback addresses only while
/// accounts are off, known host names only, changes only from Waymark's own clients, strict headers.
/// </summary>
public static class LocalServerSafety
{
    public static WebApplicationBuilder AddLocalServerSafety(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AllowedHostsOptions>()
            .Configure<IConfiguration>((o, configuration) => o.Names = AllowedHostsOptions.From(configuration).Names)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AllowedHostsOptions>, AllowedHostsValidation>();

        // The host guard does ASP.NET's host filtering with loopback defaults and a problem body; the built-in filter,
        // which reads the same AllowedHosts setting, would otherwise answer first with an empty 400.
        builder.Services.PostConfigure<HostFilteringOptions>(o => o.AllowedHosts = ["*"]);
        builder.WebHost.ConfigureKestrel((context, k) =>
        {
            k.AddServerHeader = false;
            var accounts = context.Configuration.GetValue("Auth:Accounts", defaultValue: true);
            k.ConfigureEndpointDefaults(listen => ListenAddressGuard.Check(listen, accounts));
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every answer has them, errors and refusals included.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        return app;
    }

    /// <summary>Before any file or endpoint: nothing runs for a host name that is not this server's.</summary>
    public static WebApplication UseHostGuard(this WebApplication app)
    {
        app.UseMiddleware<HostGuardMiddleware>();
        return app;
    }

    /// <summary>Changes only from Waymark's own clients, documents only under their declared types.</summary>
    public static WebApplication UseCrossSiteGuards(this WebApplication app)
    {
        app.UseMiddleware<CrossSiteGuardMiddleware>();
        app.UseMiddleware<ContentTypeGuardMiddleware>();
        return app;
    }
}
