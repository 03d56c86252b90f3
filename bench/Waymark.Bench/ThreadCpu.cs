using System.Runtime.InteropServices;

namespace Waymark.Bench;

/// <summary>
/// CPU time of the calling thread (getrusage RUSAGE_THREAD, microseconds): on a busy machine a phase's own CPU time
/// is comparable from run to run where its wall-clock time is not.
/// </summary>
internal static class ThreadCpu
{
    private const int RusageThread = 1;

    /// <summary>User plus system CPU time of this thread so far, in milliseconds.</summary>
    public static double NowMs
    {
        get
        {
            // struct rusage on 64-bit Linux: two timevals (seconds, microseconds) then 14 longs.
            var usage = new long[18];
            _ = GetRusage(RusageThread, usage);
            return ((usage[0] + usage[2]) * 1000.0) + ((usage[1] + usage[3]) / 1000.0);
        }
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, [Out] long[] usage);
}
