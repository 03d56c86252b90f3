using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Waymark.Analytics.Generation;

namespace Waymark.Bench.ClickHouse;

/// <summary>
/// The benchmark's log, streamed: rounds of the repo's subscription journeys (<see cref="JourneyGenerator.Generate"/>,
/// about 5.7 events a customer) for the same customers, round r from seed 7 + r and starting r x 400 days after the
/// first (so rounds never overlap in time), cut after exactly <c>events</c> events. Each event goes out as an NDJSON
/// line with a stable id, in request bodies of <c>batchSize</c> events; the generator writes CSV chunks in order and
/// waits when the channel is full, so no more than a few bodies are held at a time.
/// </summary>
internal sealed class GeneratedLog(long events, int customers, int batchSize)
{
    public long Events => events;

    public int Customers => customers;

    public int BatchSize => batchSize;

    /// <summary>Writes the bodies into <paramref name="bodies"/> and completes it; runs on its own thread.</summary>
    public Task ProduceAsync(ChannelWriter<byte[]> bodies) => Task.Factory.StartNew(() =>
    {
        var sink = new NdjsonSink(this, bodies);
        try
        {
            for (var round = 0; !sink.Full; round++)
            {
                sink.Round = round;
                var options = GeneratorPresets.Sample(customers, 7 + round) with
                {
                    Start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(400 * round),
                };
                try
                {
                    JourneyGenerator.Generate(options, sink);
                }
                catch (LogFullException)
                {
                    // The cut came in the middle of a round: the generator is stopped there.
                }
            }

            sink.Flush();
            bodies.Complete();
        }
        catch (Exception e)
        {
            bodies.Complete(e);
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The generator alone, its bodies made and dropped: the rate the load generator can feed the API at, in events/s.</summary>
    public async Task<double> RateAloneAsync()
    {
        var bodies = Channel.CreateBounded<byte[]>(8);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var producer = ProduceAsync(bodies.Writer);
        await foreach (var body in bodies.Reader.ReadAllAsync())
        {
            GC.KeepAlive(body);
        }

        await producer;
        return events / watch.Elapsed.TotalSeconds;
    }

    /// <summary>Thrown by the sink at the cut to stop the generator's round; caught in <see cref="ProduceAsync"/>.</summary>
    private sealed class LogFullException : Exception;

    /// <summary>A TextWriter taking the generator's event CSV (customer_id,timestamp,activity,channel) a chunk at a time.</summary>
    private sealed class NdjsonSink(GeneratedLog log, ChannelWriter<byte[]> bodies) : CsvLineWriter
    {
        private readonly StringBuilder _body = new();
        private long _written;
        private int _inBody;
        private bool _atHeader;
        private int _round;

        /// <summary>The round being generated; its output starts with the CSV header, which is skipped.</summary>
        public int Round
        {
            get => _round;
            set => (_round, _atHeader) = (value, true);
        }

        public bool Full => _written >= log.Events;

        public override void Flush()
        {
            if (_inBody > 0)
            {
                bodies.WriteAsync(Encoding.UTF8.GetBytes(_body.ToString())).AsTask().GetAwaiter().GetResult();
                _body.Clear();
                _inBody = 0;
            }
        }

        protected override void AddLine(string line)
        {
            if (_atHeader)
            {
                _atHeader = false;
                if (line != JourneyGenerator.EventsHeader)
                {
                    throw new InvalidOperationException("the generator's CSV did not start with its header");
                }

                return;
            }

            if (Full)
            {
                throw new LogFullException();
            }

            var f = line.Split(',');
            _body.Append("{\"id\":\"r").Append(Round.ToString(CultureInfo.InvariantCulture)).Append('-')
                .Append(_written.ToString(CultureInfo.InvariantCulture)).Append("\",\"customerId\":\"").Append(f[0])
                .Append("\",\"timestamp\":\"").Append(f[1].Replace(' ', 'T')).Append("Z\",\"activity\":\"").Append(f[2]).Append('"');
            if (f[3].Length > 0)
            {
                _body.Append(",\"channel\":\"").Append(f[3]).Append('"');
            }

            _body.Append("}\n");
            _written++;
            if (++_inBody == log.BatchSize)
            {
                Flush();
            }
        }
    }
}
