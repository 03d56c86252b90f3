using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>Refuses to start with AllowedHosts '*' or an entry that is not a host name, saying which and why.</summary>
internal sealed class AllowedHostsValidation : IValidateOptions<AllowedHostsOptions>
{
    public ValidateOptionsResult Validate(string? name, AllowedHostsOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
