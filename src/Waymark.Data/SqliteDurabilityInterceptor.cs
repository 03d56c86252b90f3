using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Waymark.Data;

/// <summary>Applies <see cref="SqliteDurability"/> to each connection EF opens (also when it comes back from the pool).</summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteDurabilityInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqliteDurability.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqliteDurability.ApplyAsync(connection, cancellationToken);
}
