using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Waymark.Data;
using Waymark.Data.Entities;

namespace Waymark.Server.Features.Rules;

/// <summary>
/// A batch's firings and their webhook deliveries, written in the batch's transaction by one prepared INSERT per table
/// whose parameters each row sets again, not through EF's change tracker: at a thousand firings a batch, SaveChanges
/// spent most of the time the evaluator held SQLite's write lock building and tracking the rows. A row that breaks a
/// constraint (the unique (rule, customer, occurrence) of a firing another process wrote first) fails as SaveChanges
/// would, with a <see cref="DbUpdateException"/>, so the caller rolls the batch back. The same SQL runs on SQLite and
/// PostgreSQL.
/// </summary>
internal sealed class RuleWrites
{
    private const string InsertFiring = """
        INSERT INTO "rule_firings" ("Id", "RuleId", "WorkspaceId", "MapId", "CustomerId", "Occurrence", "FiredAt", "EventType", "Detail", "DeliveryIds")
        VALUES (@id, @rule, @w, @map, @customer, @occurrence, @at, @type, @detail, @deliveries)
        """;

    private const string InsertDelivery = """
        INSERT INTO "webhook_deliveries" ("Id", "WorkspaceId", "EndpointId", "EventType", "Body", "CreatedAt", "State", "Attempts", "NextAttemptAt", "RetryFrom")
        VALUES (@id, @w, @endpoint, @type, @body, @created, @state, 0, @next, @retry)
        """;

    private static readonly string[] FiringNames = ["@id", "@rule", "@w", "@map", "@customer", "@occurrence", "@at", "@type", "@detail", "@deliveries"];
    private static readonly string[] DeliveryNames = ["@id", "@w", "@endpoint", "@type", "@body", "@created", "@state", "@next", "@retry"];

    public List<RuleFiringEntity> Firings { get; } = [];

    public List<WebhookDeliveryEntity> Deliveries { get; } = [];

    /// <summary>Writes the rows in the context's current transaction (the caller's, with the cursor or the timers) and forgets them.</summary>
    public async Task WriteAsync(WaymarkDbContext db, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("A rule batch's rows are written in its transaction.");
        try
        {
            await WriteAsync(transaction, InsertDelivery, DeliveryNames, Deliveries, d => [d.Id, d.WorkspaceId, d.EndpointId, d.EventType, d.Body, d.CreatedAt, d.State, d.NextAttemptAt, d.RetryFrom], ct);
            await WriteAsync(transaction, InsertFiring, FiringNames, Firings, f => [f.Id, f.RuleId, f.WorkspaceId, f.MapId, f.CustomerId, f.Occurrence, f.FiredAt, f.EventType, f.Detail, f.DeliveryIds], ct);
        }
        catch (DbException e)
        {
            throw new DbUpdateException("A rule batch's firings or deliveries could not be written: " + e.Message, e);
        }

        Firings.Clear();
        Deliveries.Clear();
    }

    /// <summary>One command for all the rows: its parameters (<paramref name="names"/>, in the order of the values) take each row's values in turn.</summary>
    private static async Task WriteAsync<T>(DbTransaction transaction, string sql, string[] names, List<T> rows, Func<T, object[]> values, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var first = values(rows[0]);
        var parameters = new DbParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = names[i];
            parameters[i].Value = first[i];
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            var v = values(row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = v[i];
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
