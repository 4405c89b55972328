using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Zhicheng.Benchmarks;

/// <summary>
/// Wall time and this thread's CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a shared, busy machine the
/// wall clock counts the time the thread waited for a core; the thread's CPU time does not, so
/// "operations per CPU-second" is the fairer reading of per-core speed there.
/// </summary>
public static partial class ThreadClock
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);

    /// <summary>CPU time this thread has used, in seconds; NaN where the clock is not available.</summary>
    public static double CpuSeconds()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds + (t.Nanoseconds / 1e9) : double.NaN;
        }
        catch (DllNotFoundException)
        {
            return double.NaN;
        }
        catch (EntryPointNotFoundException)
        {
            return double.NaN;
        }
    }

    /// <summary>Runs <paramref name="action"/> and returns its wall and thread-CPU seconds.</summary>
    public static (double Wall, double Cpu) Time(Action action)
    {
        var cpu = CpuSeconds();
        var wall = Stopwatch.GetTimestamp();
        action();
        var wallSeconds = Stopwatch.GetElapsedTime(wall).TotalSeconds;
        return (wallSeconds, CpuSeconds() - cpu);
    }
}
