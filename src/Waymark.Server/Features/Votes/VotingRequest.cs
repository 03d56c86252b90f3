namespace Waymark.Server.Features.Votes;

/// <summary>How a map's ideas are voted on: null for one vote per person per idea, or 1 to 100 votes each for a dot-voting session.</summary>
public sealed record VotingRequest(int? Budget);
