namespace Waymark.Bench.Rules;

/// <summary>One size of the run: triggers per second for so many seconds in requests of Batch events; Timers stall timers armed over Spread seconds.</summary>
internal sealed record BenchSize(string Name, double Rate, int Seconds, int Batch, int Timers, int Spread, int TimerBatch);
