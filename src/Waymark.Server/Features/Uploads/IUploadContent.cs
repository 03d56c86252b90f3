using Microsoft.AspNetCore.Http.HttpResults;

namespace Waymark.Server.Features.Uploads;

/// <summary>
/// What a feature read from an uploaded file (events, feedback), as far as <see cref="Upload{T}"/> judges it: whether
/// reading stopped at <see cref="UploadOptions.MaxRows"/>, and whether the file could be read as a whole.
/// </summary>
internal interface IUploadContent
{
    /// <summary>Reading stopped because the file has more rows than <see cref="UploadOptions.MaxRows"/>.</summary>
    public bool OverRowLimit { get; }

    /// <summary>The 422 answer when the file cannot be read as a whole (<see cref="UploadAnswers.Unreadable"/>); else null.</summary>
    public ProblemHttpResult? Unreadable { get; }
}
