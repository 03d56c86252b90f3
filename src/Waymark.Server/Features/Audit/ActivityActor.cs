namespace Waymark.Server.Features.Audit;

/// <summary>Someone (or an API key) who appears in a workspace's activity, with the name of their latest line.</summary>
public sealed record ActivityActor(string Id, string Name);
