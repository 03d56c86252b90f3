using Microsoft.Extensions.Options;

namespace Waymark.Server.Features.Security;

/// <summary>Refuses to start with a known proxy or network that does not parse, saying which and how to write it.</summary>
internal sealed class ProxyOptionsValidation : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
