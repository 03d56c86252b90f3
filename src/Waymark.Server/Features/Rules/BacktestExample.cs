namespace Waymark.Server.Features.Rules;

/// <summary>One firing a backtest found: the customer, when, and what fired it, in words.</summary>
public sealed record BacktestExample(string Customer, DateTime At, string Detail);
