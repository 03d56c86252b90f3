using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Explore;

/// <summary>A resolved <see cref="ExploreScope"/>, or why it could not be: exactly one of the three is set.</summary>
public sealed record ExploreScopeResult(ExploreScope? Scope, ValidationProblem? Invalid, ProblemHttpResult? Missing);
