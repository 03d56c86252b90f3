namespace Waymark.Core.Maps;

/// <summary>Which cell parts each lane kind holds.</summary>
public static class LaneRules
{
    private const CellPart Notes = CellPart.Text | CellPart.Cards;

    public static CellPart AllowedParts(LaneKind kind) => kind switch
    {
        LaneKind.Actions or LaneKind.Thoughts or LaneKind.Feelings or LaneKind.Questions or LaneKind.Text => Notes,
        LaneKind.Frontstage or LaneKind.Backstage or LaneKind.SupportProcesses => Notes | CellPart.Owner,
        LaneKind.Touchpoints => Notes | CellPart.Channels | CellPart.Owner,
        LaneKind.Channels => CellPart.Channels,
        LaneKind.EmotionCurve => CellPart.Emotions,
        LaneKind.PainPoints => CellPart.PainPoints,
        LaneKind.Ideas => CellPart.Ideas,
        LaneKind.MomentsOfTruth => CellPart.MomentOfTruth,
        LaneKind.Kpis => CellPart.Kpis,
        LaneKind.Images => CellPart.Image,
        LaneKind.Owners => CellPart.Owner | CellPart.Text,
        LaneKind.Data => CellPart.Text,
        _ => CellPart.None,
    };

    /// <summary>The parts a cell actually fills.</summary>
    public static CellPart PartsOf(Cell cell)
    {
        var parts = CellPart.None;
        if (cell.Text is not null) parts |= CellPart.Text;
        if (cell.Cards.Count > 0) parts |= CellPart.Cards;
        if (cell.Channels.Count > 0) parts |= CellPart.Channels;
        if (cell.Emotions.Count > 0) parts |= CellPart.Emotions;
        if (cell.PainPoints.Count > 0) parts |= CellPart.PainPoints;
        if (cell.Ideas.Count > 0) parts |= CellPart.Ideas;
        if (cell.MomentOfTruth is not null) parts |= CellPart.MomentOfTruth;
        if (cell.Kpis.Count > 0) parts |= CellPart.Kpis;
        if (cell.Image is not null) parts |= CellPart.Image;
        if (cell.Owner is not null) parts |= CellPart.Owner;
        return parts;
    }

    /// <summary>Lanes drawn below the line of visibility on a service blueprint.</summary>
    public static bool IsBackstage(LaneKind kind) => kind is LaneKind.Backstage or LaneKind.SupportProcesses;
}
