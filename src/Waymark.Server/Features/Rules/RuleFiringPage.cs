namespace Waymark.Server.Features.Rules;

/// <summary>A page of a rule's firings, newest first; <see cref="Next"/> is the <c>before</c> of the next page.</summary>
public sealed record RuleFiringPage(IReadOnlyList<RuleFiringDto> Items, string? Next);
