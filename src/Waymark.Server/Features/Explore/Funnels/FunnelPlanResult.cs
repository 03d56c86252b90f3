using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Explore.Funnels;

/// <summary>A resolved <see cref="FunnelPlan"/>, or why it could not be: exactly one of the three is set.</summary>
internal sealed record FunnelPlanResult(FunnelPlan? Plan, ValidationProblem? Invalid, ProblemHttpResult? Missing);
