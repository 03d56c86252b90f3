namespace Waymark.Analytics.Feedback;

/// <summary>The mean of a score (CES on 1-7 where 7 is "it was easy"; rating on 1-5) and how many answers it has.</summary>
public sealed record MeanScore(double Mean, int Responses);
