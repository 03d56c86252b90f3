namespace Waymark.Server.Features.Audit;

/// <summary>A page of activity, newest first; <see cref="Before"/> asks for the next older page (null: none left).</summary>
public sealed record ActivityPage(IReadOnlyList<ActivityLine> Items, long? Before);
