using System.Collections.Concurrent;
using Waymark.Analytics.Events;

namespace Waymark.Analytics.Import.Internals;

/// <summary>
/// Reads CSV rows on several cores: a producer cuts the text into blocks of whole records, workers parse blocks
/// (split, trim, check, read timestamps), and this thread takes parsed blocks back in input order to intern the
/// names and append the events, so the log is the same as a sequential read.
/// </summary>
internal sealed class ParallelCsvReader(ImportOptions options, ProblemLog problems, EventLogBuilder builder, Action<long> onRow)
{
    private readonly ConcurrentBag<CsvBlock> _free = [];
    private readonly CsvBlockAppender _appender = new(builder);
    private long _rows;

    public void Read(BlockCutter cutter, CsvLayout layout)
    {
        var workers = Math.Max(1, Environment.ProcessorCount);
        using var queue = new BlockingCollection<(CsvBlock Block, Task Parse)>(workers + 1);
        using var stop = new CancellationTokenSource();
        var producer = Task.Run(() => Produce(cutter, layout, queue, stop.Token));
        try
        {
            foreach (var item in queue.GetConsumingEnumerable())
            {
                if (problems.ShouldStop)
                {
                    stop.Cancel();
                    WaitQuietly(item.Parse);
                    continue;
                }

                Consume(item);
            }

            producer.GetAwaiter().GetResult();
        }
        finally
        {
            // Stopped early (enough problems, or a fatal one): let the producer and the parses finish quietly.
            stop.Cancel();
            WaitQuietly(producer);
            foreach (var (_, parse) in queue)
            {
                WaitQuietly(parse);
            }
        }
    }

    /// <summary>Cuts blocks on its own thread and starts their parses, so this work overlaps the appending.</summary>
    private void Produce(BlockCutter cutter, CsvLayout layout, BlockingCollection<(CsvBlock, Task)> queue, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var block = _free.TryTake(out var reused) ? reused : new CsvBlock(BlockChars());
                if (!cutter.Fill(block))
                {
                    break;
                }

                queue.Add((block, Task.Run(() => new CsvBlockParser(layout, options).Parse(block))), stop);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
        }
    }

    private int BlockChars() => Math.Max(options.BlockChars > 0 ? options.BlockChars : 1 << 20, options.EffectiveMaxLineLength + 2);

    private void Consume((CsvBlock Block, Task Parse) item)
    {
        item.Parse.GetAwaiter().GetResult();
        var block = item.Block;
        foreach (var problem in block.Problems)
        {
            problems.Add(problem);
        }

        if (problems.KeepRows)
        {
            _appender.Append(block);
        }

        if (_rows == 0 && options.InputBytes > block.Length)
        {
            // Rows per character of the first block, extrapolated to the file, sizes the columns once.
            var estimate = (double)block.RowsRead / Math.Max(1, block.Length) * options.InputBytes * 1.02;
            builder.EnsureCapacity((int)Math.Min(estimate, int.MaxValue / 2));
        }

        _rows += block.RowsRead;
        onRow(_rows);
        _free.Add(block);
    }
}
