using Waymark.Analytics.Feedback;

namespace Waymark.Server.Features.Explorer;

/// <summary>The tags on one step's feedback: each with how many of the step's items carry it and a few of their quotes.</summary>
public sealed record StepTagsDto(string StepId, IReadOnlyList<StepTagDto> Tags);

/// <summary>One tag on a step: its items there (as the map counts the step's feedback) and up to three quotes, shortest readable first.</summary>
public sealed record StepTagDto(string TagId, string Name, int Count, IReadOnlyList<FeedbackQuote> Quotes);
