namespace Waymark.Analytics.WhatIf;

/// <summary>What a what-if question changes at its step: the step's conversion to the next step, or the wait before it.</summary>
public enum WhatIfKind
{
    /// <summary>The step's conversion to the next step rises (or falls) by a number of points.</summary>
    Conversion,

    /// <summary>The wait from the step to the next one is shorter by a duration.</summary>
    Wait,
}
