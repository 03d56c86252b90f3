namespace Waymark.Server.Features.WhatIf;

/// <summary>As measured: customers who entered the map's funnel and who reached its outcome (the overlay's figures).</summary>
public sealed record WhatIfMeasured(long Entries, long Outcome);
