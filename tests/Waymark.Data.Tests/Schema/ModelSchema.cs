using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Waymark.Data.Tests.Schema;

/// <summary>The schema the EF model expects, as comparable lines (one per column, key, index and foreign key).</summary>
internal static class ModelSchema
{
    public static SortedSet<string> Lines(WaymarkDbContext context)
    {
        var model = context.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            foreach (var column in table.Columns)
            {
                lines.Add(SchemaLine.Column(table.Name, column.Name, column.StoreType, column.IsNullable));
            }

            lines.Add(SchemaLine.PrimaryKey(table.Name, table.PrimaryKey!.Columns.Select(c => c.Name)));
            foreach (var index in table.Indexes)
            {
                lines.Add(SchemaLine.Index(table.Name, index.Name, index.Columns.Select(c => c.Name), index.IsUnique));
            }

            foreach (var fk in table.ForeignKeyConstraints)
            {
                lines.Add(SchemaLine.ForeignKey(table.Name, fk.Columns.Select(c => c.Name), fk.PrincipalTable.Name,
                    fk.OnDeleteAction == ReferentialAction.Cascade ? "CASCADE" : fk.OnDeleteAction.ToString().ToUpperInvariant()));
            }
        }

        return lines;
    }
}
