using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Reads a document tree into a map, collecting every problem instead of stopping at the first.</summary>
internal static class MapTreeReader
{
    public static JourneyMap? Read(DocNode root, ReadContext context)
    {
        if (ObjectReader.Open(root, DocPath.Root, context) is not { } o)
        {
            return null;
        }

        var map = new JourneyMap
        {
            SchemaVersion = SchemaVersions.Read(o, required: true),
            Id = o.RequiredText("id"),
            Name = o.RequiredText("name"),
            Description = o.Text("description"),
            Kind = o.Enum<MapKind>("kind") ?? MapKind.CurrentState,
            BasedOnMapId = o.Text("basedOnMapId"),
            EmotionScale = Scale(o),
            Scope = o.Object("scope", Scope) ?? new MapScope(),
            EntryStepId = o.Text("entryStepId"),
            OutcomeStepId = o.Text("outcomeStepId"),
            Personas = o.List("personas", (node, path) => PersonaTreeReader.Read(node, path, context)),
            Stages = o.List("stages", (node, path) => Stage(node, path, context)),
            Lanes = o.List("lanes", (node, path) => LaneTreeReader.Read(node, path, context)),
        };
        o.Finish();
        return map;

        MapScope? Scope(DocNode node, string path) => ReadScope(node, path, context);
    }

    private static EmotionScale Scale(ObjectReader o)
    {
        if (o.Text("emotionScale") is not { } token)
        {
            return EmotionScale.MinusTwoToTwo;
        }

        if (EmotionScaleExtensions.TryParseToken(token, out var scale))
        {
            return scale;
        }

        var allowed = string.Join(", ", Enum.GetValues<EmotionScale>().Select(s => s.ToToken()));
        o.Context.Report(o.PathOf("emotionScale"), $"unknown emotionScale \"{token}\"; allowed: {allowed}", o.Node("emotionScale")!.Line);
        return EmotionScale.MinusTwoToTwo;
    }

    private static MapScope? ReadScope(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var scope = new MapScope
        {
            Goal = o.Text("goal"),
            Scenario = o.Text("scenario"),
            Segment = o.Text("segment"),
            Channels = o.Texts("channels"),
            KpiTargets = o.List("kpiTargets", (item, itemPath) => KpiTarget(item, itemPath, context)),
            Owner = o.Text("owner"),
            ReviewBy = o.Date("reviewBy"),
            OwnerId = o.Text("ownerId"),
            ReviewEveryDays = o.Int("reviewEveryDays"),
            ReviewedOn = o.Date("reviewedOn"),
            ReviewedBy = o.Text("reviewedBy"),
        };
        o.Finish();
        return scope;
    }

    private static KpiTarget? KpiTarget(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var target = new KpiTarget
        {
            Id = o.RequiredText("id"),
            Name = o.RequiredText("name"),
            Unit = o.Text("unit"),
            Baseline = o.Decimal("baseline"),
            Target = o.Decimal("target"),
            Due = o.Date("due"),
        };
        o.Finish();
        return target;
    }

    private static Stage? Stage(DocNode node, string path, ReadContext context)
    {
        if (ObjectReader.Open(node, path, context) is not { } o)
        {
            return null;
        }

        var stage = new Stage
        {
            Id = o.RequiredText("id"),
            Name = o.RequiredText("name"),
            Description = o.Text("description"),
            Goal = o.Text("goal"),
            Steps = o.List("steps", (item, itemPath) => StepTreeReader.Read(item, itemPath, context)),
        };
        o.Finish();
        return stage;
    }
}
