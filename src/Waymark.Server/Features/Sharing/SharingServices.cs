using Microsoft.Extensions.DependencyInjection.Extensions;
using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Sharing;

public static class SharingServices
{
    /// <summary>
    /// Share links: options, the passcode limiter, guest tickets, and <see cref="ShareLinkAccess"/> wrapped around the
    /// <see cref="IWorkspaceAccess"/> registered so far. Call it after that registration (accounts or local).
    /// </summary>
    public static IServiceCollection AddSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SharingOptions>().Bind(configuration.GetSection(SharingOptions.Section))
            .Validate(o => o.IsValid(), "Sharing: PasscodeFailuresPerLink, PasscodeFailuresPerAddress and FailuresForgivenPerMinute must be positive; GuestHours 1 to 720.")
            .ValidateOnStart();
        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PasscodeLimiter>();
        services.AddSingleton<GuestTickets>();
        services.AddSingleton<ShareGuests>();
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IWorkspaceAccess))
            ?? throw new InvalidOperationException("Register an IWorkspaceAccess before AddSharing wraps it.");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(IWorkspaceAccess),
            sp => new ShareLinkAccess(Create(sp, inner), sp.GetRequiredService<ShareGuests>()), inner.Lifetime));
        return services;
    }

    private static IWorkspaceAccess Create(IServiceProvider sp, ServiceDescriptor descriptor) => (IWorkspaceAccess)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
