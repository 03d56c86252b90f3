using Waymark.Server.Features.Access;

namespace Waymark.Server.Features.Votes;

/// <summary>Whose a vote is: an account's user id, or "guest:" and the id of a share-link guest's browser.</summary>
internal static class Voters
{
    public const string GuestPrefix = "guest:";

    public static string IdOf(Caller caller) =>
        caller.UserId ?? (caller.GuestId is { } guest ? GuestPrefix + guest : throw new InvalidOperationException("A caller without a user or guest id cannot vote."));
}
