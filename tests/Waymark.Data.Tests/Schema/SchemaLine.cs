namespace Waymark.Data.Tests.Schema;

/// <summary>One fact about a schema as a line, so the model and a real database compare as sets of strings.</summary>
internal static class SchemaLine
{
    public static string Column(string table, string column, string type, bool nullable) =>
        $"column {table}.{column} {type.ToLowerInvariant()} {(nullable ? "null" : "not null")}";

    public static string PrimaryKey(string table, IEnumerable<string> columns) =>
        $"pk {table}({string.Join(",", columns)})";

    public static string Index(string table, string name, IEnumerable<string> columns, bool unique) =>
        $"index {table}.{name}({string.Join(",", columns)}){(unique ? " unique" : "")}";

    public static string ForeignKey(string table, IEnumerable<string> columns, string principal, string onDelete) =>
        $"fk {table}({string.Join(",", columns)}) -> {principal} on delete {onDelete.ToLowerInvariant()}";
}
