namespace Waymark.Server.Tests.Fuzz;

/// <summary>
/// How an entry point says where an input is wrong; <see cref="ResponseCheck"/> asserts it for every answer.
/// <list type="bullet">
/// <item>Upload (event and feedback files): a 400 names the query parameter under <c>errors</c>; a 422 names the
/// file line (<c>problems[].line</c> of 1 or more, or "line N" in its detail); a 2xx lists every skipped row with its
/// line (never null) in <c>problems</c>; a problem with a value ("cannot read 'x' as a timestamp") also names its
/// field (<c>column</c>: the header, or the JSON member's path; <c>field</c>: its position), and no reason calls a
/// character offset a column.</item>
/// <item>Preview: a 422 names the line, as an upload's.</item>
/// <item>Ingestion: a 400 (the body cannot be read as a whole) has the <c>path</c> where reading stopped (a JSON
/// path from <c>$</c>; with its <c>line</c> for a syntax error); a 207 lists each rejected item by <c>index</c> and
/// the JSON <c>path</c> of what is wrong in it, NDJSON items also by <c>line</c>.</item>
/// <item>Document (maps, personas, segments): a 400 is a validation problem whose <c>errors</c> are keyed by
/// JSON path ("$" for the document as a whole).</item>
/// </list>
/// A 413 names the limit instead of a place: the body as a whole is too large.
/// </summary>
internal enum PlaceStyle
{
    EventUpload,
    FeedbackUpload,
    Preview,
    IngestEvents,
    IngestFeedback,
    Document,
}
