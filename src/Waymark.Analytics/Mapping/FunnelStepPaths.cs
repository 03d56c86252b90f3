namespace Waymark.Analytics.Mapping;

/// <summary>
/// One in-funnel step (entry to outcome, as the overlay measures it) read against the actual paths, so that the
/// step's "lost" and the paths' "leaves after" it derive from one another (docs/analytics.md, "Figures"):
/// <see cref="Reached"/> and <see cref="Lost"/> are the overlay's step customers and drop-off; <see cref="EndedHere"/>
/// counts customers whose path ends at this step (the paths' move to "Leaves"); <see cref="LostAndEndedHere"/> those
/// in both. So EndedHere = LostAndEndedHere + those who end here for another reason (came back after going further,
/// or never entered at the entry step), and Lost = LostAndEndedHere + those who went on to other steps without the
/// next one.
/// </summary>
public sealed record FunnelStepPaths(string StepId, long Reached, long? Lost, long EndedHere, long LostAndEndedHere);
