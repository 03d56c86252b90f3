namespace Waymark.Analytics.Feedback;

/// <summary>How many texts express each intent (a text may express several).</summary>
public sealed record IntentCounts(int Cancel, int Switch, int Refund, int Complaint, int Praise, int Question);
