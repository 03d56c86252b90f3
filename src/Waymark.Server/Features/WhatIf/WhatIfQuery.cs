using Waymark.Analytics.WhatIf;
using Waymark.Core.FileFormat;

namespace Waymark.Server.Features.WhatIf;

/// <summary>
/// Reads a what-if question's own query values: the step, the kind ("conversion" or "wait", lower case), points
/// (-100..100, for conversion) or waitSeconds (above 0, at most a year, for wait). Each problem names its parameter.
/// </summary>
internal static class WhatIfQuery
{
    public const double MaxWaitSeconds = 365 * 24 * 3600;

    public static (WhatIfKind Kind, List<MapProblem> Problems) Read(string? stepId, string? kind, double? points, double? waitSeconds)
    {
        var problems = new List<MapProblem>();
        if (string.IsNullOrWhiteSpace(stepId))
        {
            problems.Add(new("stepId", "stepId is required: the step whose conversion or wait changes"));
        }

        var parsed = kind switch
        {
            "conversion" => WhatIfKind.Conversion,
            "wait" => WhatIfKind.Wait,
            _ => (WhatIfKind?)null,
        };
        if (parsed is null)
        {
            problems.Add(new("kind", "kind must be 'conversion' or 'wait'"));
        }
        else if (parsed == WhatIfKind.Conversion && points is not (>= -100 and <= 100))
        {
            problems.Add(new("points", "points must be a number from -100 to 100 (percentage points added to the step's conversion)"));
        }
        else if (parsed == WhatIfKind.Wait && waitSeconds is not (> 0 and <= MaxWaitSeconds))
        {
            problems.Add(new("waitSeconds", "waitSeconds must be above 0 and at most 31536000 (a year)"));
        }

        return (parsed ?? WhatIfKind.Conversion, problems);
    }
}
