namespace Waymark.Analytics.Feedback;

/// <summary>Customer satisfaction: the share of 4-5 answers (0..1) and the mean on 1-5.</summary>
public sealed record CsatFigures(double Score, double Mean, int Responses);
