namespace Waymark.Data;

/// <summary>Bound from the "Database" section; the connection string comes from ConnectionStrings:Waymark.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultSqliteConnection = "Data Source=data/waymark.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultSqliteConnection;
}
