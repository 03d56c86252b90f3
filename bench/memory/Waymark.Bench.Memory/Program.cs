using System.Globalization;
using Waymark.Bench.Memory;

// Waymark.Bench.Memory [sizes=2000000,10000000] [events per customer=10] [output=bench/memory/RESULTS.md]:
// per size, the generated log stored in SQLite (kept in $WAYMARK_BENCH_DATA, else a temp folder, for the next run),
// then read back in a child process as the server's cache reads it; resident memory and heap fitted as a + b x events.
// Waymark.Bench.Memory read <database>: the child.
if (args is ["read", var database])
{
    return await ReadChild.MainAsync(database);
}

var sizes = (args.Length > 0 ? args[0] : "2000000,10000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
var perCustomer = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var output = args.Length > 2 ? args[2] : "bench/memory/RESULTS.md";
if (sizes.Count < 2 || sizes.Any(s => s < perCustomer) || perCustomer < 1)
{
    Console.Error.WriteLine("give at least two sizes (events, comma-separated), each at least the events per customer");
    return 2;
}

var folder = Environment.GetEnvironmentVariable("WAYMARK_BENCH_DATA") ?? Path.Combine(Path.GetTempPath(), "waymark-bench-memory");
var runs = new List<MemoryReport.Run>();
foreach (var events in sizes)
{
    var stored = await StoredLog.EnsureAsync(folder, events, events / perCustomer);
    var load = MemoryReport.LoadAverage();
    var measured = await ReadChild.InChildAsync(stored);
    runs.Add(new MemoryReport.Run(measured, load));
    Console.WriteLine(MemoryReport.Line(runs[^1]));
}

var report = MemoryReport.Markdown(runs, string.Join(' ', args));
File.WriteAllText(output, report);
Console.WriteLine(report);
return 0;
