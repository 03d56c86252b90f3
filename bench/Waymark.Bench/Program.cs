using BenchmarkDotNet.Running;
using Waymark.Bench;

// compare <dataset> [repeat] | time <dataset> [repeat] (Waymark only) | phases <dataset> [repeat] (import CPU per stage)
// | report | micro [BenchmarkDotNet args]
var mode = args.Length > 0 ? args[0] : "report";
return mode switch
{
    "compare" => Compare.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3),
    "report" => Report.Write(),
    "time" => Compare.TimeWaymark(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3),
    "micro" => RunMicro(args[1..]),
    "phases" => ImportPhases.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(Compare).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Waymark.Bench compare <generated|bpic2012|msnbc> [repeat] | report | micro [args]");
    return 2;
}
