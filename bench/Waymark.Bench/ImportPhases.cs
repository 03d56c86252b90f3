using System.Diagnostics;
using System.Globalization;
using System.Text;
using Waymark.Analytics.Events;
using Waymark.Analytics.Import;
using Waymark.Analytics.Import.Internals;

namespace Waymark.Bench;

/// <summary>
/// Where the CSV import's CPU goes: the parallel reader's stages run one after another on one thread (decode, cut,
/// parse, append, build), each timed in thread CPU; then the real import, timed in process CPU. Wall-clock figures
/// on a busy machine say little, CPU figures compare.
/// </summary>
public static class ImportPhases
{
    public static int Run(string name, int repeat)
    {
        var path = Datasets.Get(name).Source;
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Datasets.DataFolder);
            Compare.Generate(path);
        }

        for (var run = 0; run < repeat; run++)
        {
            Stages(path);
            Whole(path);
        }

        return 0;
    }

    private static void Stages(string path)
    {
        var decode = Decode(path);
        var options = default(ImportOptions);
        using var text = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        var records = new TextRecordReader(text, options.EffectiveMaxLineLength, quoteAware: true);
        _ = records.TryRead(out var header);
        var layout = CsvLayout.Create([.. header.ToString().Split(',')], ',', options, out _)!;
        var cutter = new BlockCutter(text, options.EffectiveMaxLineLength);
        cutter.Start(records.Unread, records.NextLine);
        var block = new CsvBlock(1 << 20);
        var parser = new CsvBlockParser(layout, options);
        var builder = new EventLogBuilder();
        var appender = new CsvBlockAppender(builder);
        builder.EnsureCapacity((int)(new FileInfo(path).Length / 40));
        double fill = 0, parse = 0, append = 0;
        var gcBefore = GC.CollectionCount(0);
        while (true)
        {
            var t0 = ThreadCpu.NowMs;
            if (!cutter.Fill(block))
            {
                break;
            }

            var t1 = ThreadCpu.NowMs;
            parser.Parse(block);
            var t2 = ThreadCpu.NowMs;
            appender.Append(block);
            var t3 = ThreadCpu.NowMs;
            (fill, parse, append) = (fill + (t1 - t0), parse + (t2 - t1), append + (t3 - t2));
        }

        var t4 = ThreadCpu.NowMs;
        var log = builder.Build();
        var build = ThreadCpu.NowMs - t4;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stages (thread CPU ms): decode {decode:0} cut {fill - decode:0} parse {parse:0} append {append:0} build {build:0} = {fill + parse + append + build:0}; {log.EventCount} events, {log.CustomerCount} customers, gen0 GCs {GC.CollectionCount(0) - gcBefore}"));
    }

    private static double Decode(string path)
    {
        var t0 = ThreadCpu.NowMs;
        using var text = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        var buffer = new char[1 << 20];
        while (text.Read(buffer) > 0)
        {
        }

        return ThreadCpu.NowMs - t0;
    }

    private static void Whole(string path)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var (gen0, gen2, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: true));
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var log = EventImporter.ImportFile(path).Log!;
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import: process CPU {used:0} ms, wall {wall:0} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0} MB, GCs gen0 {GC.CollectionCount(0) - gen0} gen2 {GC.CollectionCount(2) - gen2}, {log.EventCount} events"));
    }
}
