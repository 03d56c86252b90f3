using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Reads one cell. Which parts a lane kind allows is the validator's concern, so every part is read here.</summary>
internal static class CellTreeReader
{
    public static Cell? Read(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var cell = new Cell
        {
            Text = o.Text("text"),
            Cards = o.List("cards", (item, itemPath) => Card(item, itemPath, context)),
            Channels = o.Texts("channels"),
            Emotions = o.List("emotions", (item, itemPath) => Emotion(item, itemPath, context)),
            PainPoints = o.List("painPoints", (item, itemPath) => PainPoint(item, itemPath, context)),
            Ideas = o.List("ideas", (item, itemPath) => IdeaTreeReader.Read(item, itemPath, context)),
            MomentOfTruth = o.Object("momentOfTruth", (item, itemPath) => MomentOfTruth(item, itemPath, context)),
            Kpis = o.List("kpis", (item, itemPath) => Kpi(item, itemPath, context)),
            Image = o.Object("image", (item, itemPath) => Image(item, itemPath, context)),
            Owner = o.Text("owner"),
        };
        o.Finish();
        return cell;
    }

    private static Card? Card(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new Card
        {
            Id = o.RequiredText("id"),
            Text = o.RequiredText("text"),
            Color = o.Text("color"),
            Tags = o.Texts("tags"),
        });

    private static EmotionPoint? Emotion(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new EmotionPoint
        {
            Score = o.RequiredInt("score"),
            Label = o.Text("label"),
            PersonaId = o.Text("personaId"),
        });

    private static PainPoint? PainPoint(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new PainPoint
        {
            Id = o.RequiredText("id"),
            Text = o.RequiredText("text"),
            Impact = o.Enum<PainImpact>("impact") ?? PainImpact.NeedsWorkaround,
            LinkedTopic = o.Text("linkedTopic"),
            LinkedActivity = o.Text("linkedActivity"),
            Citations = CitationTreeReader.ReadAll(o, context),
        });

    private static MomentOfTruth? MomentOfTruth(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new MomentOfTruth
        {
            Note = o.Text("note"),
            Citations = CitationTreeReader.ReadAll(o, context),
        });

    private static KpiCell? Kpi(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new KpiCell
        {
            Metric = o.RequiredText("metric"),
            Target = o.Decimal("target"),
            Unit = o.Text("unit"),
        });

    private static ImageRef? Image(DocNode node, string path, ReadContext context) =>
        ObjectReader.Read(node, path, context, o => new ImageRef { Url = o.RequiredText("url"), Alt = o.RequiredText("alt") });
}
