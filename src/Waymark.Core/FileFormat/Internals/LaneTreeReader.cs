using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

internal static class LaneTreeReader
{
    public static Lane? Read(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var lane = new Lane
        {
            Id = o.RequiredText("id"),
            Kind = RequiredKind(o),
            Title = o.RequiredText("title"),
            PersonaId = o.Text("personaId"),
            Cells = Cells(o, context),
        };
        o.Finish();
        return lane;
    }

    private static LaneKind RequiredKind(ObjectReader o)
    {
        if (o.Node("kind") is null)
        {
            var allowed = string.Join(", ", EnumText<LaneKind>.Allowed);
            o.Context.Report(o.PathOf("kind"), $"required property \"kind\" is missing; allowed: {allowed}", 0);
            return LaneKind.Text;
        }

        return o.Enum<LaneKind>("kind") ?? LaneKind.Text;
    }

    private static Dictionary<string, Cell> Cells(ObjectReader o, ReadContext context)
    {
        var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
        if (o.Node("cells") is not { } node)
        {
            return cells;
        }

        var path = o.PathOf("cells");
        if (node.Kind != DocKind.Object)
        {
            context.WrongType(path, node, "an object keyed by step id");
            return cells;
        }

        context.Lines.TryAdd(path, node.Line);
        foreach (var member in node.Members)
        {
            if (CellTreeReader.Read(member.Value, DocPath.Property(path, member.Name), context) is { } cell)
            {
                cells.TryAdd(member.Name, cell);
            }
        }

        return cells;
    }
}
