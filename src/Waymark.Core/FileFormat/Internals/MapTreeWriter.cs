using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Turns a map into its canonical document tree; property order is the model's declaration order.</summary>
internal static class MapTreeWriter
{
    public static DocNode Write(JourneyMap map)
    {
        var node = DocNode.Object();
        TreeWrite.Int(node, "schemaVersion", map.SchemaVersion);
        TreeWrite.Text(node, "id", map.Id);
        TreeWrite.Text(node, "name", map.Name);
        TreeWrite.Text(node, "description", map.Description);
        TreeWrite.Enum<MapKind>(node, "kind", map.Kind);
        TreeWrite.Text(node, "basedOnMapId", map.BasedOnMapId);
        node.Add("emotionScale", DocNode.String(ScaleText(map.EmotionScale)));
        if (map.Scope is not null)
        {
            TreeWrite.NonEmpty(node, "scope", Scope(map.Scope));
        }

        TreeWrite.Text(node, "entryStepId", map.EntryStepId);
        TreeWrite.Text(node, "outcomeStepId", map.OutcomeStepId);

        TreeWrite.Objects(node, "personas", map.Personas, PersonaTreeWriter.Write);
        TreeWrite.Objects(node, "stages", map.Stages, Stage);
        TreeWrite.Objects(node, "lanes", map.Lanes, lane => LaneTreeWriter.Write(lane, map));
        return node;
    }

    private static string ScaleText(EmotionScale scale) =>
        EnumText<EmotionScale>.IsDefined(scale) ? scale.ToToken() : EnumText<EmotionScale>.ToText(scale);

    private static DocNode Scope(MapScope scope)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "goal", scope.Goal);
        TreeWrite.Text(node, "scenario", scope.Scenario);
        TreeWrite.Text(node, "segment", scope.Segment);
        TreeWrite.Texts(node, "channels", scope.Channels);
        TreeWrite.Objects(node, "kpiTargets", scope.KpiTargets, KpiTarget);
        TreeWrite.Text(node, "owner", scope.Owner);
        TreeWrite.Date(node, "reviewBy", scope.ReviewBy);
        TreeWrite.Text(node, "ownerId", scope.OwnerId);
        TreeWrite.Int(node, "reviewEveryDays", scope.ReviewEveryDays);
        TreeWrite.Date(node, "reviewedOn", scope.ReviewedOn);
        TreeWrite.Text(node, "reviewedBy", scope.ReviewedBy);
        return node;
    }

    private static DocNode KpiTarget(KpiTarget target)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", target.Id);
        TreeWrite.Text(node, "name", target.Name);
        TreeWrite.Text(node, "unit", target.Unit);
        TreeWrite.Decimal(node, "baseline", target.Baseline);
        TreeWrite.Decimal(node, "target", target.Target);
        TreeWrite.Date(node, "due", target.Due);
        return node;
    }

    private static DocNode Stage(Stage stage)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", stage.Id);
        TreeWrite.Text(node, "name", stage.Name);
        TreeWrite.Text(node, "description", stage.Description);
        TreeWrite.Text(node, "goal", stage.Goal);
        TreeWrite.Objects(node, "steps", stage.Steps, Step);
        return node;
    }

    private static DocNode Step(Step step)
    {
        var node = DocNode.Object();
        TreeWrite.Text(node, "id", step.Id);
        TreeWrite.Text(node, "name", step.Name);
        TreeWrite.Text(node, "description", step.Description);
        TreeWrite.Optional(node, "binding", step.Binding, Binding);
        return node;
    }

    private static DocNode Binding(StepBinding binding)
    {
        var node = DocNode.Object();
        TreeWrite.Texts(node, "activities", binding.Activities);
        TreeWrite.Objects(node, "filter", binding.Filter, filter =>
        {
            var item = DocNode.Object();
            TreeWrite.Text(item, "property", filter.Property);
            TreeWrite.Text(item, "value", filter.Value);
            return item;
        });
        TreeWrite.Texts(node, "keywords", binding.Keywords);
        return node;
    }
}
