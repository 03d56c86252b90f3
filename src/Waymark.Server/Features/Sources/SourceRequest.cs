namespace Waymark.Server.Features.Sources;

/// <summary>The body that creates or renames a source: its name ("Web shop", "Trial app").</summary>
public sealed record SourceRequest(string? Name);
