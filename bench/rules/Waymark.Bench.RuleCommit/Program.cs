// A rule batch's commit two ways, alternating in one process: EF change tracking and SaveChanges, and one prepared
// INSERT per table with its parameters set again for each row (the product's RuleWrites). Prints process CPU per commit.
//   dotnet bench/rules/Waymark.Bench.RuleCommit/bin/Release/net10.0/Waymark.Bench.RuleCommit.dll [rounds]
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Waymark.Data;
using Waymark.Data.Entities;
using Waymark.Server.Features.Rules;

const int BatchRows = 1000;
var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var file = Path.Combine(Path.GetTempPath(), $"waymark-rule-commit-{Environment.ProcessId}.db");
var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file};Foreign Keys=False;Pooling=False" };
await using (var db = WaymarkContextFactory.Create(options))
{
    await db.Database.MigrateAsync();
}

var body = "{\"type\":\"customer.reached-step\",\"data\":{\"pad\":\"" + new string('x', 600) + "\"}}";
var next = 0;
var me = Process.GetCurrentProcess();
for (var i = 0; i < 3; i++)
{
    await EfAsync(Batch());
    await PreparedAsync(Batch());
}

var ef = new List<(double Cpu, double Wall)>();
var prepared = new List<(double Cpu, double Wall)>();
for (var i = 0; i < rounds; i++)
{
    ef.Add(await MeasureAsync(EfAsync, Batch()));
    prepared.Add(await MeasureAsync(PreparedAsync, Batch()));
}

Console.WriteLine($"{rounds} rounds each, alternating; one commit = {BatchRows:N0} firings and {BatchRows:N0} deliveries on a SQLite file");
Console.WriteLine($"EF SaveChanges:   CPU median {Median(ef, x => x.Cpu):0} ms (min {ef.Min(x => x.Cpu):0}), wall median {Median(ef, x => x.Wall):0} ms");
Console.WriteLine($"prepared INSERTs: CPU median {Median(prepared, x => x.Cpu):0} ms (min {prepared.Min(x => x.Cpu):0}), wall median {Median(prepared, x => x.Wall):0} ms");
foreach (var path in new[] { file, file + "-wal", file + "-shm" })
{
    File.Delete(path);
}

List<(RuleFiringEntity Firing, WebhookDeliveryEntity Delivery)> Batch()
{
    var now = DateTime.UtcNow;
    var rows = new List<(RuleFiringEntity, WebhookDeliveryEntity)>(BatchRows);
    for (var i = 0; i < BatchRows; i++, next++)
    {
        var delivery = new WebhookDeliveryEntity
        {
            Id = $"msg_{next:D12}", WorkspaceId = "ws_bench", EndpointId = "whe_bench", EventType = "customer.reached-step", Body = body, CreatedAt = now,
            State = "pending", NextAttemptAt = now, RetryFrom = now,
        };
        var firing = new RuleFiringEntity
        {
            Id = $"fir_{next:D12}", RuleId = "rul_bench", WorkspaceId = "ws_bench", MapId = "map_bench", CustomerId = $"c{next}", Occurrence = $"e:{next}",
            FiredAt = now, EventType = "customer.reached-step", Detail = "Reached step 'Checkout'", DeliveryIds = delivery.Id,
        };
        rows.Add((firing, delivery));
    }

    return rows;
}

async Task EfAsync(List<(RuleFiringEntity Firing, WebhookDeliveryEntity Delivery)> rows)
{
    await using var db = WaymarkContextFactory.Create(options);
    await using var tx = await db.Database.BeginTransactionAsync();
    foreach (var (firing, delivery) in rows)
    {
        db.WebhookDeliveries.Add(delivery);
        db.RuleFirings.Add(firing);
    }

    await db.SaveChangesAsync();
    await tx.CommitAsync();
}

async Task PreparedAsync(List<(RuleFiringEntity Firing, WebhookDeliveryEntity Delivery)> rows)
{
    // The product's own writer, so the figure is that of the code the evaluator runs.
    await using var db = WaymarkContextFactory.Create(options);
    await using var tx = await db.Database.BeginTransactionAsync();
    var writes = new RuleWrites();
    writes.Deliveries.AddRange(rows.Select(r => r.Delivery));
    writes.Firings.AddRange(rows.Select(r => r.Firing));
    await writes.WriteAsync(db, CancellationToken.None);
    await tx.CommitAsync();
}

async Task<(double Cpu, double Wall)> MeasureAsync(Func<List<(RuleFiringEntity, WebhookDeliveryEntity)>, Task> commit, List<(RuleFiringEntity, WebhookDeliveryEntity)> rows)
{
    me.Refresh();
    var cpu = me.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    await commit(rows);
    me.Refresh();
    return ((me.TotalProcessorTime - cpu).TotalMilliseconds, wall.Elapsed.TotalMilliseconds);
}

static double Median<T>(List<T> runs, Func<T, double> value)
{
    var sorted = runs.Select(value).Order().ToArray();
    return sorted[sorted.Length / 2];
}
