using Microsoft.AspNetCore.Http.HttpResults;
using Waymark.Analytics.Import;
using Waymark.Server.Features.Uploads;

namespace Waymark.Server.Features.Imports;

/// <summary>An uploaded event file as the engine's importer read it (skipped rows listed, up to the row limit).</summary>
internal sealed class EventUpload(ImportResult result) : IUploadContent
{
    public ImportResult Result { get; } = result;

    public bool OverRowLimit => Result.OverRowLimit;

    /// <summary>A log the importer could not build (truncated gzip, broken XML, a missing column) names its first problem.</summary>
    public ProblemHttpResult? Unreadable
    {
        get
        {
            if (Result.Log is not null)
            {
                return null;
            }

            var problems = Result.Problems.Select(UploadProblem.From).ToArray();
            return UploadAnswers.Unreadable(problems.Length > 0 ? $"line {problems[0].Line}: {problems[0].Reason}" : null, problems);
        }
    }

    public static EventUpload Read(Stream text, UploadQuery query, long maxRows) =>
        new(EventImporter.Import(text, query.Format, query.Options with { MaxRows = maxRows }));
}
