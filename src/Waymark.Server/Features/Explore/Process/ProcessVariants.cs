namespace Waymark.Server.Features.Explore.Process;

/// <summary>All customers' complete sequences: how many customers and distinct variants, and the most common ones.</summary>
public sealed record ProcessVariants(long Customers, int Count, IReadOnlyList<ProcessVariant> Top);
