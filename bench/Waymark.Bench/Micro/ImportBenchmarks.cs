using BenchmarkDotNet.Attributes;
using Waymark.Analytics.Import;

namespace Waymark.Bench.Micro;

/// <summary>The import hot path: CSV parsing, timestamp parsing, interning, sorting into the log.</summary>
// Not sealed: BenchmarkDotNet generates a class deriving from each benchmark class.
[MemoryDiagnoser]
public class ImportBenchmarks
{
    [GlobalSetup]
    public void Setup() => _ = MicroData.Csv;

    [Benchmark]
    public int ImportCsv() => EventImporter.ImportFile(MicroData.Csv).Log!.EventCount;
}
