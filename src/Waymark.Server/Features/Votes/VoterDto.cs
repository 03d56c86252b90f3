namespace Waymark.Server.Features.Votes;

/// <summary>Someone who voted for an idea, as others see them: a name and how many votes (several in dot voting).</summary>
public sealed record VoterDto(string Name, int Count, bool IsGuest, bool IsYou);
