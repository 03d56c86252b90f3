using Waymark.Core.Maps;

namespace Waymark.Core.Diff.Internals;

/// <summary>The cells of every paired lane at every paired step, part by part.</summary>
internal static class CellDiffer
{
    public static void Cells(MapPairing maps, ChangeList changes)
    {
        foreach (var lane in maps.After.Lanes)
        {
            if (maps.Lanes.BeforeOf(lane) is not { } oldLane)
            {
                continue;
            }

            foreach (var step in maps.AfterSteps)
            {
                if (maps.Steps.BeforeOf(step) is not { } oldStep)
                {
                    continue;
                }

                var was = oldLane.Cells.GetValueOrDefault(oldStep.Id) ?? Empty;
                var now = lane.Cells.GetValueOrDefault(step.Id) ?? Empty;
                var at = new CellAt(
                    $"{lane.Title} × {step.Name}",
                    new DiffPlace(maps.StageOf(oldStep).Id, oldStep.Id, oldLane.Id, null, maps.IndexOf(oldStep)),
                    new DiffPlace(maps.StageOf(step).Id, step.Id, lane.Id, null, maps.IndexOf(step)));
                Compare(maps, changes, was, now, at);
            }
        }
    }

    private static readonly Cell Empty = new();

    private static void Compare(MapPairing maps, ChangeList changes, Cell was, Cell now, CellAt at)
    {
        changes.Value(DiffSubjects.Cell, "text", at.Label + ": text", was.Text, now.Text, at.Before, at.After);
        ItemsDiffer.Cards(maps.ByIds, changes, was.Cards, now.Cards, at);
        if (!was.Channels.ToHashSet(StringComparer.Ordinal).SetEquals(now.Channels))
        {
            // Order within a cell's channels carries no meaning, so only a different set is a change.
            changes.Value(DiffSubjects.Cell, "channels", at.Label + ": channels", string.Join(", ", was.Channels), string.Join(", ", now.Channels), at.Before, at.After);
        }

        EmotionDiffer.Emotions(maps, changes, was.Emotions, now.Emotions, at);
        ItemsDiffer.PainPoints(maps.ByIds, changes, was.PainPoints, now.PainPoints, at);
        ItemsDiffer.Ideas(maps.ByIds, changes, was.Ideas, now.Ideas, at);
        changes.Value(DiffSubjects.Cell, "momentOfTruth", at.Label + ": moment of truth", Moment(was.MomentOfTruth), Moment(now.MomentOfTruth), at.Before, at.After);
        ItemsDiffer.Kpis(changes, was.Kpis, now.Kpis, at);
        changes.Value(DiffSubjects.Cell, "image", at.Label + ": image", Image(was.Image), Image(now.Image), at.Before, at.After);
        changes.Value(DiffSubjects.Cell, "owner", at.Label + ": owner", was.Owner, now.Owner, at.Before, at.After);
    }

    // A moment of truth without a note is still a mark; it reads as such.
    private static string? Moment(MomentOfTruth? moment) => moment is null ? null : string.IsNullOrEmpty(moment.Note) ? "moment of truth" : moment.Note;

    private static string? Image(ImageRef? image) => image is null ? null : string.IsNullOrEmpty(image.Alt) ? image.Url : $"{image.Alt} ({image.Url})";
}

/// <summary>A cell being compared: its label ("Lane × Step") and its place in each map.</summary>
internal sealed record CellAt(string Label, DiffPlace Before, DiffPlace After);
