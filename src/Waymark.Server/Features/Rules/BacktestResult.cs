namespace Waymark.Server.Features.Rules;

/// <summary>What a rule would have done in a period: distinct customers, firings, and up to 10 examples (<see cref="Truncated"/> when there were more).</summary>
public sealed record BacktestResult(string? From, string? To, int Customers, int Firings, IReadOnlyList<BacktestExample> Examples, bool Truncated);
