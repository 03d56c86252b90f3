using Waymark.Analytics.Feedback;

namespace Waymark.Analytics.Generation;

/// <summary>Generated journeys held in memory: the events (each customer's together, in time order), the customers'
/// attributes, and the feedback they left.</summary>
public sealed record GeneratedJourneys(List<GeneratedEvent> Events, List<GeneratedAttribute> Attributes, List<FeedbackItem> Feedback);
