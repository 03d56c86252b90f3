namespace Waymark.Server.Features.Sharing;

/// <summary>
/// Limits on opening share links (section "Sharing"). Wrong passcodes are counted per link and per client address in
/// token buckets: a link or an address out of tokens is refused (429) until the bucket refills, right passcode or not.
/// </summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>Wrong passcodes one link takes before it is held back, from all addresses together.</summary>
    public int PasscodeFailuresPerLink { get; set; } = 30;

    /// <summary>Wrong passcodes (and unknown links) one client address may send before it is held back.</summary>
    public int PasscodeFailuresPerAddress { get; set; } = 10;

    /// <summary>How many of those failures are forgiven per minute, for links and addresses alike.</summary>
    public int FailuresForgivenPerMinute { get; set; } = 2;

    /// <summary>How long a guest's ticket lasts in the browser before the link must be opened again.</summary>
    public int GuestHours { get; set; } = 24;

    public bool IsValid() => PasscodeFailuresPerLink > 0 && PasscodeFailuresPerAddress > 0 && FailuresForgivenPerMinute > 0 && GuestHours is > 0 and <= 24 * 30;
}
