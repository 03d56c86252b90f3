namespace Waymark.Server.Features.Explorer;

/// <summary>A page of the explorer: the items [offset, offset + limit) of <see cref="Total"/> matching ones, in the order asked, and the counts per value.</summary>
public sealed record FeedbackSearchDto(int Total, int Offset, int Limit, IReadOnlyList<FeedbackHitDto> Items, FeedbackFacetsDto Facets);
