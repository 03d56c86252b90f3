namespace Waymark.Server.Features.Rules;

/// <summary>
/// A rule at a step of the <see cref="LiveView"/>: its id, name, trigger kind and whether it is on. <see cref="UntilHere"/>
/// is true when the step is the rule's step B (a stall rule's "until" step, which stops a stall) rather than the step
/// the rule fires at; in flight and stalled are counted at step A only.
/// </summary>
public sealed record LiveRule(string Id, string Name, string Kind, bool Enabled, bool UntilHere);
