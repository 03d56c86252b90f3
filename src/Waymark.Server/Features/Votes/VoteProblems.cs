using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Votes;

internal static class VoteProblems
{
    public static ProblemHttpResult AlreadyVoted() => TypedResults.Problem(
        "You already voted for this idea: one vote each. Take it back to vote again.",
        statusCode: StatusCodes.Status409Conflict, title: "Already voted");

    public static ProblemHttpResult NoVotesLeft(int budget) => TypedResults.Problem(
        $"You have placed all {budget.ToString(CultureInfo.InvariantCulture)} of your votes on this map. Take one back to vote for this idea.",
        statusCode: StatusCodes.Status409Conflict, title: "No votes left");

    public static ProblemHttpResult NoVote() => TypedResults.Problem(
        "You have no vote on this idea to take back.", statusCode: StatusCodes.Status409Conflict, title: "No vote to take back");
}
