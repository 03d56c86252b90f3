namespace Waymark.Server.Features.WhatIf;

/// <summary>Customers reaching the outcome (expected, so fractional), with the 95% bootstrap interval.</summary>
public sealed record WhatIfEstimate(double Outcome, double Low, double High);
