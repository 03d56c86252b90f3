namespace Waymark.Server.Features.Rules;

/// <summary>A rule that fires at a step of the <see cref="LiveView"/>.</summary>
public sealed record LiveRule(string Id, string Name, string Kind, bool Enabled);
