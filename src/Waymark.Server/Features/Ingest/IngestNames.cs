using System.Text;
using Waymark.Data.EventStores;

namespace Waymark.Server.Features.Ingest;

/// <summary>
/// One string per distinct name (activity, channel, customer id) within a request: a batch repeats a few activities and
/// each customer's id on all of its events, so most names are found here, decoded into a reused buffer, instead of
/// becoming a new string per event. Bounded, so a body of distinct names costs no more than it did.
/// </summary>
internal sealed class IngestNames
{
    private const int MaxNames = 65_536;

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Room for a name at its longest: UTF-8 never takes fewer bytes than UTF-16 takes chars.</summary>
    private readonly char[] _chars = new char[EventText.MaxLength * 4];

    public IngestNames() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name spelt by valid UTF-8 <paramref name="utf8"/> (no escapes).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > _chars.Length)
        {
            return Encoding.UTF8.GetString(utf8); // too long to be stored; the caller's length check decides
        }

        var chars = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        if (_lookup.TryGetValue(chars, out var name))
        {
            return name;
        }

        name = chars.ToString();
        if (_names.Count < MaxNames)
        {
            _names[name] = name;
        }

        return name;
    }
}
