using Waymark.Core.Maps;

namespace Waymark.Core.FileFormat.Internals;

/// <summary>Lane rules: title, kind, persona reference, and cells keyed to steps that exist.</summary>
internal static class LaneChecks
{
    public static void Check(Lane lane, string path, MapFacts facts, ValidationContext v)
    {
        v.Id(DocPath.Property(path, "id"), lane.Id);
        v.Defined(DocPath.Property(path, "kind"), lane.Kind);
        v.Name(DocPath.Property(path, "title"), lane.Title, "title");
        if (lane.PersonaId is not null)
        {
            facts.CheckPersona(DocPath.Property(path, "personaId"), lane.PersonaId, v);
        }

        if (lane.Cells is null)
        {
            return;
        }

        var cellsPath = DocPath.Property(path, "cells");
        foreach (var key in CellOrder.Keys(lane.Cells, facts.Map))
        {
            var cellPath = DocPath.Property(cellsPath, key);
            if (!facts.StepIds.Contains(key))
            {
                v.Report(cellPath, $"no step has id \"{key}\"");
            }

            if (lane.Cells[key] is { } cell)
            {
                CellChecks.Check(cell, cellPath, lane.Kind, facts, v);
            }
        }
    }
}
