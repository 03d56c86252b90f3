namespace Waymark.Analytics.WhatIf.Internals;

/// <summary>
/// A small, fast generator (SplitMix64, Steele, Lea and Flood 2014) for the bootstrap's draws: the same seed and
/// stream give the same numbers on every machine and .NET version, which <see cref="Random"/> does not promise.
/// </summary>
internal struct SplitMix64(ulong seed, ulong stream)
{
    private ulong _state = seed ^ (stream * 0xD1B54A32D192ED03UL) ^ 0x9E3779B97F4A7C15UL;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in 0..n-1 (Lemire's multiply-high; the bias is below n / 2^64).</summary>
    public ulong Below(ulong n) => Math.BigMul(Next(), n, out _);
}
