using Waymark.Bench.Rules;

// Waymark.Bench.Rules [ci|long] [results.md] [both|trigger|stall]: rules from ingestion to webhook, and stall timers.
var mode = args.Length > 0 ? args[0] : "ci";
var output = args.Length > 1 ? args[1] : "bench/rules/RESULTS.md";
var only = args.Length > 2 ? args[2] : "both";
var size = mode switch
{
    "long" => new BenchSize(mode, Rate: 1000, Seconds: 60, Batch: 10, Timers: 100_000, Spread: 45, TimerBatch: 250),
    "ci" => new BenchSize(mode, Rate: 200, Seconds: 10, Batch: 10, Timers: 5_000, Spread: 20, TimerBatch: 250),
    _ => null,
};
if (size is null || only is not ("both" or "trigger" or "stall"))
{
    Console.Error.WriteLine("usage: Waymark.Bench.Rules [ci|long] [results.md] [both|trigger|stall]");
    return 2;
}

await using var receiver = await Receiver.StartAsync();
var trigger = only is "both" or "trigger" ? await TriggerBench.RunAsync(receiver, size.Rate, size.Seconds, size.Batch) : null;
var stall = only is "both" or "stall" ? await StallBench.RunAsync(receiver, size.Timers, size.Spread, size.TimerBatch) : null;
var report = RulesReport.Markdown(size, trigger, stall);
File.WriteAllText(output, report);
Console.WriteLine(report);
return (trigger?.Check.Clean ?? true) && (stall?.Check.Clean ?? true) ? 0 : 1;
