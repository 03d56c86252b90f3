namespace Waymark.Server.Features.Rules;

/// <summary>What a rule may name: the map's steps (id to name), the workspace's segments and webhook endpoints.</summary>
internal sealed record RuleWorld(IReadOnlyDictionary<string, string> Steps, IReadOnlySet<string> Segments, IReadOnlySet<string> Endpoints);
