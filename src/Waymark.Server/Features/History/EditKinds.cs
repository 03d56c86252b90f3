namespace Waymark.Server.Features.History;

/// <summary>The words a session's edits are counted under, by edit type (the <c>type</c> of the op's edit JSON).</summary>
internal static class EditKinds
{
    public const string WholeMap = "whole map replaced";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["updateMap"] = "map details changed",
        ["updateScope"] = "scope changed",
        ["addStage"] = "stages added",
        ["updateStage"] = "stages changed",
        ["deleteStage"] = "stages deleted",
        ["moveStage"] = "stages moved",
        ["addStep"] = "steps added",
        ["updateStep"] = "steps changed",
        ["deleteStep"] = "steps deleted",
        ["moveStep"] = "steps moved",
        ["addLane"] = "lanes added",
        ["updateLane"] = "lanes changed",
        ["deleteLane"] = "lanes deleted",
        ["moveLane"] = "lanes moved",
        ["setCell"] = "cells changed",
        ["addPersona"] = "personas added",
        ["updatePersona"] = "personas changed",
        ["removePersona"] = "personas removed",
        ["replaceDocument"] = WholeMap,
    };

    /// <summary>How many characters of an op's stored JSON hold its type: the log writes <c>type</c> first.</summary>
    public const int HeadLength = 40;

    /// <summary>The label of an op from the start of its JSON (<c>{"type":"setCell",...</c>).</summary>
    public static string Of(string head)
    {
        const string Prefix = "{\"type\":\"";
        if (head.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var end = head.IndexOf('"', Prefix.Length);
            if (end > 0 && Labels.TryGetValue(head[Prefix.Length..end], out var label))
            {
                return label;
            }
        }

        return "other edits";
    }
}
