using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Waymark.Data;

namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// A cheap summary of everything a workspace holds (row counts and last sequences of events, attributes and
/// feedback; counts and last changes of maps, personas and segments, as every write sets UpdatedAt to now), read from
/// the database in one query on one open connection: equal before and after a rejected request means the request
/// changed nothing. It runs after every case, so it must cost well under a millisecond.
/// </summary>
internal sealed class WorkspaceFingerprint : IAsyncDisposable
{
    // Each aggregate reads one index (WorkspaceId with Sequence or UpdatedAt), never the documents: the target
    // workspace grows to thousands of maps and tens of thousands of rows during a run.
    private const string Sql = """
        SELECT
          (SELECT COUNT(*) FROM events WHERE "WorkspaceId" = @w), (SELECT MAX("Sequence") FROM events WHERE "WorkspaceId" = @w),
          (SELECT COUNT(*) FROM customer_attributes WHERE "WorkspaceId" = @w), (SELECT MAX("Sequence") FROM customer_attributes WHERE "WorkspaceId" = @w),
          (SELECT COUNT(*) FROM feedback WHERE "WorkspaceId" = @w), (SELECT MAX("Sequence") FROM feedback WHERE "WorkspaceId" = @w),
          (SELECT COUNT(*) FROM maps WHERE "WorkspaceId" = @w), (SELECT MAX("UpdatedAt") FROM maps WHERE "WorkspaceId" = @w),
          (SELECT COUNT(*) FROM personas WHERE "WorkspaceId" = @w), (SELECT MAX("UpdatedAt") FROM personas WHERE "WorkspaceId" = @w),
          (SELECT COUNT(*) FROM segments WHERE "WorkspaceId" = @w), (SELECT MAX("UpdatedAt") FROM segments WHERE "WorkspaceId" = @w)
        """;

    private static readonly string[] Names = ["events", "last event", "attributes", "last attribute", "feedback", "last feedback",
        "maps", "map changed", "personas", "persona changed", "segments", "segment changed"];

    private readonly IServiceScope _scope;
    private readonly DbConnection _connection;
    private readonly string _workspaceId;

    private WorkspaceFingerprint(IServiceScope scope, DbConnection connection, string workspaceId)
    {
        _scope = scope;
        _connection = connection;
        _workspaceId = workspaceId;
    }

    public static async Task<WorkspaceFingerprint> OpenAsync(IServiceProvider services, string workspaceId)
    {
        var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WaymarkDbContext>();
        await db.Database.OpenConnectionAsync();
        return new WorkspaceFingerprint(scope, db.Database.GetDbConnection(), workspaceId);
    }

    public async Task<string> ReadAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = Sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "w";
        parameter.Value = _workspaceId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var text = new StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            text.Append(Names[i]).Append(' ').Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append("; ");
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync();
        _scope.Dispose();
    }
}
