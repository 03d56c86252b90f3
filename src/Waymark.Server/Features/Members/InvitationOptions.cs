namespace Waymark.Server.Features.Members;

/// <summary>
/// Invitation settings (section "Invitations"): how long a link stays open by default and at most, and how many
/// invitation requests (creating, reading, accepting) one client address may make: a burst, then so many a minute.
/// </summary>
public sealed class InvitationOptions
{
    public const string Section = "Invitations";

    public int DefaultDays { get; set; } = 7;
    public int MaxDays { get; set; } = 30;
    public int Burst { get; set; } = 20;
    public int PerMinute { get; set; } = 10;

    public bool IsValid() => DefaultDays > 0 && MaxDays >= DefaultDays && MaxDays <= 365 && Burst > 0 && PerMinute > 0;
}
