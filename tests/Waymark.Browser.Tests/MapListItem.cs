namespace Waymark.Browser.Tests;

/// <summary>A row of GET /api/workspaces/{ws}/maps, as much as the tests need.</summary>
public sealed record MapListItem(string Id, string Name, string Kind);
