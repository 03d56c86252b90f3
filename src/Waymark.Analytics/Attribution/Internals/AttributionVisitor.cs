using System.Runtime.InteropServices;
using Waymark.Analytics.Engine.Internals;

namespace Waymark.Analytics.Attribution.Internals;

/// <summary>
/// Per-thread pass of attribution: per customer, whether and when the outcome was reached (the overlay's funnel),
/// the ordered touches before it (or before the period's end for a customer who did not convert), and from them the
/// rule-based credits, the Markov transition counts and the converting touch sets for Shapley.
/// </summary>
internal sealed class AttributionVisitor : ICustomerVisitor<AttributionVisitor>
{
    private readonly FunnelMatcher? _matcher;
    private readonly int _funnelSteps;
    private readonly TouchBinder _binder;
    private readonly bool _sets;
    private readonly bool[] _seen;
    private int[] _path = new int[64];
    private long[] _ticks = new long[64];

    public AttributionVisitor(FunnelSpec? funnel, int funnelSteps, TouchBinder binder, long halfLifeTicks)
    {
        _matcher = funnel is null ? null : new FunnelMatcher(funnel);
        _funnelSteps = funnelSteps;
        _binder = binder;
        _sets = binder.Count <= 64;
        _seen = new bool[binder.Count];
        Touches = new long[binder.Count];
        ConversionsTouched = new long[binder.Count];
        Heuristics = new HeuristicTally(binder.Count, halfLifeTicks);
        Markov = new MarkovCounts(binder.Count);
    }

    public long Customers { get; private set; }

    public long Conversions { get; private set; }

    public long ConversionsWithoutTouch { get; private set; }

    public long[] Touches { get; }

    public long[] ConversionsTouched { get; }

    public HeuristicTally Heuristics { get; }

    public MarkovCounts Markov { get; }

    /// <summary>Converting customers per touch set (a bit per player); empty when there are more than 64 players.</summary>
    public Dictionary<ulong, long> TouchSets { get; } = [];

    public void Visit(in CustomerView customer)
    {
        Customers++;
        var converted = _matcher is not null && _matcher.Match(customer) == FunnelOutcome.Matched && _matcher.Reached >= _funnelSteps;
        var end = converted ? _matcher!.BestTimes[_funnelSteps - 1] : long.MaxValue;
        var n = CollectPath(customer, end);
        if (converted)
        {
            Conversions++;
        }

        if (n == 0)
        {
            ConversionsWithoutTouch += converted ? 1 : 0;
            return;
        }

        var path = _path.AsSpan(0, n);
        Markov.Add(path, converted);
        if (converted)
        {
            Heuristics.Add(path, _ticks.AsSpan(0, n));
            CountConverting(path);
        }
    }

    public void Merge(AttributionVisitor other)
    {
        Customers += other.Customers;
        Conversions += other.Conversions;
        ConversionsWithoutTouch += other.ConversionsWithoutTouch;
        for (var p = 0; p < Touches.Length; p++)
        {
            Touches[p] += other.Touches[p];
            ConversionsTouched[p] += other.ConversionsTouched[p];
        }

        Heuristics.Merge(other.Heuristics);
        Markov.Merge(other.Markov);
        foreach (var (set, count) in other.TouchSets)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(TouchSets, set, out _) += count;
        }
    }

    /// <summary>The customer's touches strictly before <paramref name="end"/>, in time order, into the path buffers.</summary>
    private int CollectPath(in CustomerView customer, long end)
    {
        var n = 0;
        for (var i = 0; i < customer.Length && customer.Ticks[i] < end; i++)
        {
            var player = _binder.PlayerOf(customer, i);
            if (player < 0)
            {
                continue;
            }

            if (n == _path.Length)
            {
                Array.Resize(ref _path, n * 2);
                Array.Resize(ref _ticks, n * 2);
            }

            (_path[n], _ticks[n]) = (player, customer.Ticks[i]);
            Touches[player]++;
            n++;
        }

        return n;
    }

    private void CountConverting(ReadOnlySpan<int> path)
    {
        var set = 0UL;
        foreach (var player in path)
        {
            if (!_seen[player])
            {
                _seen[player] = true;
                ConversionsTouched[player]++;
                set |= _sets ? 1UL << player : 0;
            }
        }

        foreach (var player in path)
        {
            _seen[player] = false;
        }

        if (_sets)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(TouchSets, set, out _) += 1;
        }
    }
}
