namespace Waymark.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
