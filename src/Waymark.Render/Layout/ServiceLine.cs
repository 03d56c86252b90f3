namespace Waymark.Render.Layout;

/// <summary>
/// The three lines of a service blueprint, drawn between lanes as the editor draws them: interaction (the customer's
/// side above, the frontstage below) solid, visibility (what the customer sees above, the backstage below) dashed,
/// internal interaction (the backstage above, the support processes below) dotted.
/// </summary>
public enum ServiceLine
{
    Interaction,
    Visibility,
    InternalInteraction,
}
