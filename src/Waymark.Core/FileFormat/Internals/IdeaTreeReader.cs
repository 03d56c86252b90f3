using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

internal static class IdeaTreeReader
{
    public static Idea? Read(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new Idea
        {
            Id = o.RequiredText("id"),
            Text = o.RequiredText("text"),
            Votes = o.Int("votes") ?? 0,
            Desirable = o.Int("desirable"),
            Feasible = o.Int("feasible"),
            Viable = o.Int("viable"),
            Effort = o.Enum<Level>("effort"),
            Impact = o.Enum<Level>("impact"),
            Citations = CitationTreeReader.ReadAll(o, context),
        });
}
