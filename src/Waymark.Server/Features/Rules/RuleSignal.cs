using Waymark.Server.Features.Common;

namespace Waymark.Server.Features.Rules;

/// <summary>Wakes the evaluator when this process stored events or feedback, so rules run at once.</summary>
public sealed class RuleSignal : WakeSignal;
