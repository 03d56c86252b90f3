namespace Waymark.Analytics.Feedback;

/// <summary>Net Promoter Score: % promoters (9-10) − % detractors (0-6), -100..100.</summary>
public sealed record NpsFigures(double Score, int Responses, int Promoters, int Passives, int Detractors);
