namespace Waymark.Cli.Tests.Fuzz;

/// <summary>What a command's arguments may need: the running server and its key (import), a folder for outputs.</summary>
internal sealed record CliFuzzContext(string Folder, string? Server, string? Key);
