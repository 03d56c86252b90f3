using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Server.Features.Access;
using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Explorer;

/// <summary>The feedback explorer's search: full text, filters, orders, pages and counts over all of a workspace's feedback.</summary>
public static class FeedbackSearchEndpoints
{
    public static RouteGroupBuilder MapFeedbackExplorer(this RouteGroupBuilder workspace)
    {
        workspace.MapGet("/feedback/search", Search).RequireRole(WorkspaceRole.Viewer).WithTags("Feedback").WithName("SearchFeedback")
            .WithSummary("Searches and filters the workspace's feedback: a page of items with highlighted matches, the total and the counts per value.");
        workspace.MapFeedbackTags();
        return workspace;
    }

    public static async Task<Results<Ok<FeedbackSearchDto>, ValidationProblem, ProblemHttpResult>> Search(
        string workspaceId, [AsParameters] ExplorerQuery query, ExplorerResolver resolver, CancellationToken ct)
    {
        var (request, problems) = ExplorerQueryReader.Read(query);
        if (request is null)
            return Problems.Invalid(problems, "The query is not valid");
        var (scope, missing) = await resolver.ResolveAsync(workspaceId, request, ct);
        return scope is null ? missing! : TypedResults.Ok(ExplorerAnswer.Run(scope, request));
    }
}
