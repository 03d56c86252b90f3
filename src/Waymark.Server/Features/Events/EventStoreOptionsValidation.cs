using Microsoft.Extensions.Options;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Events;

/// <summary>Refuses to start with event store settings that cannot work, naming the setting and why (a cluster's too).</summary>
internal sealed class EventStoreOptionsValidation : IValidateOptions<EventStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, EventStoreOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
