namespace Waymark.Server.Features.Maps;

/// <summary>How a new map came to be: the audit action it records and the summary of its first revision.</summary>
internal readonly record struct NewMapOrigin(string Action, string Summary);
