using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Sources;

/// <summary>A resolved source, or the problem (404) that stops the request.</summary>
public readonly record struct SourceResolution(EventSourceKey? Key, ProblemHttpResult? Problem);
