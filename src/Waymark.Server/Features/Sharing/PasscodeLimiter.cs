using Microsoft.Extensions.Options;
using Waymark.Server.Features.Ingest;

namespace Waymark.Server.Features.Sharing;

/// <summary>
/// Holds back brute force on share links: wrong passcodes are counted per link (many addresses guessing one link) and
/// per client address (one address guessing many links, or unknown tokens). Only failures take a token.
/// </summary>
internal sealed class PasscodeLimiter(IOptions<SharingOptions> options, TimeProvider time)
{
    private readonly FailedKeyBuckets _links = new(options.Value.PasscodeFailuresPerLink, options.Value.FailuresForgivenPerMinute, time);
    private readonly FailedKeyBuckets _addresses = new(options.Value.PasscodeFailuresPerAddress, options.Value.FailuresForgivenPerMinute, time);

    /// <summary>Null when the address may try; else how long it must wait.</summary>
    public TimeSpan? AddressWait(string address) => _addresses.Wait(address);

    /// <summary>Null when the link and the address may try a passcode; else how long to wait.</summary>
    public TimeSpan? PasscodeWait(string linkId, string address) => _links.Wait(linkId) is { } wait ? Max(wait, _addresses.Wait(address)) : _addresses.Wait(address);

    public void UnknownLink(string address) => _addresses.Failed(address);

    public void WrongPasscode(string linkId, string address)
    {
        _links.Failed(linkId);
        _addresses.Failed(address);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan? b) => b is { } other && other > a ? other : a;
}
