using System.Globalization;
using System.Runtime;
using System.Text;

namespace Waymark.Bench.Explore;

/// <summary>
/// What the JIT did during each timed request (server and client share this process): methods compiled and the time
/// spent compiling, in run order beside the request's time. A slow run with compilations is the tiering's (tier-0 or
/// OSR code replaced by tier-1 while the run goes on); a slow run with none is something else.
/// </summary>
internal sealed class JitTally
{
    private readonly StringBuilder _runs = new();
    private long _methodsBefore;
    private TimeSpan _timeBefore;
    private long _methods;

    public static JitTally Start() => new();

    public void Before() => (_methodsBefore, _timeBefore) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public void After(double ms)
    {
        var methods = JitInfo.GetCompiledMethodCount() - _methodsBefore;
        _methods += methods;
        _runs.Append(string.Create(CultureInfo.InvariantCulture, $" {ms:F0}/{methods}/{(JitInfo.GetCompilationTime() - _timeBefore).TotalMilliseconds:F0}"));
    }

    /// <summary>Each run as ms/methods compiled/ms compiling, in run order.</summary>
    public string Describe(int runs) => string.Create(CultureInfo.InvariantCulture,
        $"{_methods / (double)runs:F1} methods compiled a request; runs (ms/methods/JIT ms):{_runs}");
}
