using System.Diagnostics;
using System.Globalization;
using DiplomacyReader.Data.Importing;

namespace DiplomacyReader.Cli.Hosting;

/// <summary>
/// What <c>ingest</c> says while it runs. Redirected (a log file, a pipe), one plain line per file as it
/// ends, so a killed run leaves the record of what was stored. On a terminal, a progress bar with documents
/// per second and the time left, redrawn in place, and a line for each file that failed.
/// </summary>
public sealed class IngestProgress(TextWriter output, int total, bool interactive)
{
    private const int BarWidth = 30;
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _drawnAt;
    private int _done;

    /// <summary>Whether <paramref name="output"/> is the console and the console is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    public void Report(ImportResult result)
    {
        _done++;
        if (!interactive)
        {
            output.WriteLine(result.ToString());
            output.Flush(); // the line is on disk before the next file starts: a killed run leaves its record
            return;
        }

        if (result.Outcome == ImportOutcome.Failed)
        {
            output.Write("\r\u001b[2K"); // clear the bar, write the failure above where it is drawn again
            output.WriteLine(result.ToString());
        }

        if (_done == total || _drawnAt is null || _clock.Elapsed - _drawnAt >= RedrawEvery)
        {
            _drawnAt = _clock.Elapsed;
            output.Write("\r\u001b[2K" + Bar());
            if (_done == total)
            {
                output.WriteLine();
            }
        }
    }

    /// <summary>"[#####-----]  1,234 / 10,000  68 docs/s  about 2 min left".</summary>
    public string Bar()
    {
        double rate = _done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        // Feed items are not known ahead, so a run may end past the total it began with.
        int filled = total == 0 ? BarWidth : Math.Min(BarWidth, (int)Math.Round(BarWidth * (double)_done / total));
        TimeSpan left = TimeSpan.FromSeconds(rate > 0 ? Math.Max(0, total - _done) / rate : 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {_done:N0} / {total:N0}  {rate:0} docs/s  {Left(left)}");
    }

    private static string Left(TimeSpan left) => left.TotalSeconds < 60 ? $"{left.TotalSeconds:0} s left" : left.TotalMinutes < 90 ? $"about {left.TotalMinutes:0} min left" : $"about {left.TotalHours:0.0} h left";
}
