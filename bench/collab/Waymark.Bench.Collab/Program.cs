using System.Globalization;
using Waymark.Bench.Collab;

// convergence <runs> [servers=1|2] [clients-max=10] [parallel=8] [first-seed=1]  |  latency <editors=20> <ops-each=40> <results.md>
var mode = args.Length > 0 ? args[0] : "latency";
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
return mode switch
{
    "convergence" => await ConvergenceBench.RunAsync(Arg(1, 100), Arg(2, 1), Arg(3, 10), Arg(4, 8), Arg(5, 1)),
    "latency" => await LatencyBench.RunAsync(Arg(1, 20), Arg(2, 40), args.Length > 3 ? args[3] : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: convergence <runs> [servers=1|2] [max-clients=10] [parallel=8] [first-seed=1] | latency [editors=20] [ops-each=40] [results.md]");
    return 2;
}
