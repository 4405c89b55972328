using System.Diagnostics;

namespace Zhicheng.Web.Cli;

/// <summary>
/// Progress of a long run on standard error, shown once more than a threshold of rows has been read:
/// the share of the input file read so far, rows done and rows per second. On a terminal it redraws one
/// line; redirected, it prints a line every 10%.
/// </summary>
internal sealed class ProgressBar(CountingStream input, int threshold) : IDisposable
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private long _nextDrawTicks;
    private int _lastDecile = -1;
    private bool _shown;

    public void Report(int rows)
    {
        if (rows <= threshold || _clock.ElapsedTicks < _nextDrawTicks)
        {
            return;
        }
        _nextDrawTicks = _clock.ElapsedTicks + Stopwatch.Frequency / 5;
        Draw(rows, input.TotalLength == 0 ? 1 : Math.Min(1.0, (double)input.BytesRead / input.TotalLength));
    }

    public void Finish(int rows)
    {
        if (_shown)
        {
            Draw(rows, 1.0);
            if (_terminal)
            {
                Console.Error.WriteLine();
            }
        }
    }

    private void Draw(int rows, double share)
    {
        _shown = true;
        var rate = rows / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var percent = (int)(share * 100);
        if (_terminal)
        {
            var filled = (int)(share * 30);
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', 30 - filled)}] {percent,3}%  {rows:N0} 条  {rate:N0} 条/秒 ");
        }
        else if (percent / 10 > _lastDecile)
        {
            _lastDecile = percent / 10;
            Console.Error.WriteLine($"进度 {percent}%：{rows:N0} 条，{rate:N0} 条/秒");
        }
    }

    public void Dispose() => _clock.Stop();
}
