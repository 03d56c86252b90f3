namespace Waymark.Core.Maps;

/// <summary>The parts of a <see cref="Cell"/>, as flags, so lane rules can say which a lane kind allows.</summary>
[Flags]
public enum CellPart
{
    None = 0,
    Text = 1,
    Cards = 2,
    Channels = 4,
    Emotions = 8,
    PainPoints = 16,
    Ideas = 32,
    MomentOfTruth = 64,
    Kpis = 128,
    Image = 256,
    Owner = 512,
}
