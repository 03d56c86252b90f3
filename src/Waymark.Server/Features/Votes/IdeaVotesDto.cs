namespace Waymark.Server.Features.Votes;

/// <summary>An idea's votes: the total, how many are the caller's, and who placed them (most votes first).</summary>
public sealed record IdeaVotesDto(string IdeaId, int Count, int Mine, VoterDto[] Voters);
