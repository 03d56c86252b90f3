using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Server.Tests.Webhooks;

/// <summary>
/// What a dispatcher round asks of the outbox on a real SQLite file: every statement it runs against
/// webhook_deliveries is answered through an index (SQLite's own query plan for the SQL EF ran, seen through EF's
/// diagnostic events for this test's database file), so a round costs the same with a few rows or a million delivered
/// ones kept as the log. SQLite only: the plan is SQLite's.
/// </summary>
public sealed partial class WebhookRoundPlanTests : IAsyncLifetime
{
    private readonly string _connectionString = TempSqlite.NewMigratedConnectionString();
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task Round_ClaimSendAndRecord_NoStatementScansTheOutbox()
    {
        using var commands = new Commands(Path.GetFullPath(new SqliteConnectionStringBuilder(_connectionString).DataSource));
        using var host = new WebhookHost("Sqlite", _connectionString);
        var ws = await host.WorkspaceAsync();
        var (endpoint, _) = await host.EndpointAsync(ws, _receiver.Url);

        var ids = await host.EnqueueAsync(ws, endpoint, 5);
        await _receiver.WaitAsync(r => ids.All(r.Accepted.ContainsKey));
        await using var connection = new SqliteConnection(_connectionString); // not EF's: its statements are not seen
        await connection.OpenAsync();
        await WaitForDeliveredAsync(connection, ids.Count);

        var statements = commands.Ran.Select(s => s.Trim())
            .Where(s => s.Contains("\"webhook_deliveries\"", StringComparison.Ordinal) && !s.StartsWith("INSERT", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Contains(statements, s => s.Contains("\"LeaseOwner\"", StringComparison.Ordinal) && s.StartsWith("SELECT", StringComparison.Ordinal)); // the round's read was seen
        foreach (var sql in statements)
        {
            var scans = (await PlanAsync(connection, sql)).Where(step => FullScan().IsMatch(step)).ToList();
            Assert.True(scans.Count == 0, $"{string.Join("; ", scans)} in:\n{sql}");
        }
    }

    /// <summary>SQLite's plan for <paramref name="sql"/>, each step's text; parameters are bound to NULL (the plan does not depend on them).</summary>
    private static async Task<List<string>> PlanAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, DBNull.Value);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }

    /// <summary>Waits until the round's outcomes are written (the recording runs after the sends).</summary>
    private static async Task WaitForDeliveredAsync(SqliteConnection connection, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM webhook_deliveries WHERE State = 'delivered'";
        while (Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) < count)
        {
            Assert.True(DateTime.UtcNow < until, "The deliveries were not recorded as delivered");
            await Task.Delay(50);
        }
    }

    /// <summary>A step that reads the whole outbox table: "SCAN w" (EF's alias) or "SCAN webhook_deliveries", not through an index.</summary>
    [GeneratedRegex(@"^SCAN (w|webhook_deliveries)$")]
    private static partial Regex FullScan();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    /// <summary>The text of every command EF runs on the database file <paramref name="file"/> while this lives, from EF's diagnostic listener.</summary>
    private sealed class Commands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _file;
        private readonly ConcurrentQueue<IDisposable> _subscriptions = new();
        private readonly IDisposable _listeners;

        public Commands(string file)
        {
            _file = file;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public ConcurrentQueue<string> Ran { get; } = new();

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Enqueue(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData { Command: { Connection.DataSource: { } source } command } && Path.GetFullPath(source) == _file)
            {
                Ran.Enqueue(command.CommandText);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _listeners.Dispose();
            while (_subscriptions.TryDequeue(out var subscription))
            {
                subscription.Dispose();
            }
        }
    }
}
