namespace Waymark.Server.Features.Votes;

/// <summary>
/// The votes on a map's ideas. <see cref="Budget"/> is null for one vote per person per idea, or each person's number
/// of votes in a dot-voting session; <see cref="Used"/> is how many the caller has placed on ideas still on the map.
/// <see cref="CanVote"/> says whether the caller may vote (commenters and up, and guests of a comment link).
/// </summary>
public sealed record MapVotesDto(string MapId, int? Budget, int Used, bool CanVote, IdeaVotesDto[] Ideas);
