namespace Waymark.Core.Operations;

/// <summary>
/// Who last wrote one property or cell (a last-writer-wins key such as <c>step:&lt;id&gt;:name</c>); on an applied
/// op it is the author whose text the op replaced (JSON <c>replaced</c>).
/// </summary>
public sealed record KeyWriter(string AuthorId, string AuthorName, long Seq);
