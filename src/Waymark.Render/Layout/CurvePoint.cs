namespace Waymark.Render.Layout;

/// <summary>One face of an emotion curve: its column, centre in map pixels, score and mood (-1 saddest, +1 happiest).</summary>
public sealed record CurvePoint(int Column, float X, float Y, int Score, float Mood);
