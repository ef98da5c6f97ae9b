using System.Diagnostics;
using System.Globalization;
using Coproduction.Overview;
using Coproduction.Worker.History;
using Coproduction.Worker.State;

namespace Coproduction.RequestHarness;

/// <summary>
/// How large a year of history grows, and how long <c>coproduction history</c> takes over it: courses
/// each assessed again every week (a line each, as the worker writes one at each change), with flags
/// opening and resolving, in a real state file.
/// <c>dotnet run -c Release --project benchmarks/Coproduction.RequestHarness -- history [courses] [weeks]</c>
/// </summary>
internal static class HistoryScale
{
    public static void Run(int courses, int weeks)
    {
        var folder = Directory.CreateTempSubdirectory("coproduction-history-");
        var path = Path.Combine(folder.FullName, "state.db");
        var start = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        string[] statuses = ["met", "partlyMet", "notMet"];
        string[] kinds = ["soleAuthorWithoutFeedback", "soleFocus", "pushedThroughWithoutFeedback", "overReviewing"];
        var write = Stopwatch.StartNew();
        using (var state = WorkerState.Open(path))
        {
            for (var week = 0; week < weeks; week++)
            {
                state.InTransaction(() =>
                {
                    for (var course = 0; course < courses; course++)
                    {
                        var random = new Random((course * 1000) + week);
                        var flags = Enumerable.Range(0, random.Next(5)).Select(f => new HistoryFlag(kinds[random.Next(kinds.Length)], $"m{random.Next(6) + 1}")).Distinct().ToList();
                        state.RecordAssessment("site", "https://contoso.sharepoint.com/sites/recovery", $"{course + 1}", new HistoryEntry(
                            start.AddDays(7 * week).AddMinutes(course), "https://contoso.sharepoint.com/sites/recovery", $"course-{course:D4}", HistoryEntry.Assessed,
                            "developing", random.Next(13), random.Next(4) == 0, [.. Enumerable.Range(0, 6).Select(_ => statuses[random.Next(3)])], flags, [], []));
                    }
                });
            }
        }

        write.Stop();
        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        var rows = courses * weeks;
        var (csvTime, csv) = Time(() => HistoryCsv.Write(HistoryFile.Read(path, null, null)));
        var (jsonTime, json) = Time(() => HistoryJson.Write(HistoryFile.Read(path, null, null)));
        var (oneTime, one) = Time(() => HistoryCsv.Write(HistoryFile.Read(path, null, "course-0500")));
        var (overviewTime, overview) = Time(() =>
        {
            // The college overview as the worker makes it after a round: every course's last line, and every line for the trends.
            using var state = WorkerState.Open(path);
            var (courses, history) = state.OverviewRecords(["https://contoso.sharepoint.com/sites/recovery"]);
            return CollegeOverview.ToHtml(courses, history);
        });
        Console.WriteLine($"| {courses:N0} courses × {weeks} weeks ({rows:N0} lines) | measure |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| state file with the history alone | {size / 1048576.0:0.0} MB ({size / (double)rows:0} bytes a line) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `history` (CSV, every line) | {csvTime.TotalSeconds:0.00} s, {csv.Length / 1048576.0:0.0} MB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `history --format json` | {jsonTime.TotalSeconds:0.00} s, {json.Length / 1048576.0:0.0} MB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `history --course ID` (one course, {weeks} lines) | {oneTime.TotalMilliseconds:0} ms, {one.Length / 1024.0:0} KB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| the college overview, made from the state (once a round in which something changed) | {overviewTime.TotalSeconds:0.00} s, {overview.Length / 1048576.0:0.0} MB page |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| writing the lines (the worker's share, per line) | {write.Elapsed.TotalMilliseconds * 1000 / rows:0} µs |"));
        folder.Delete(recursive: true);
    }

    private static (TimeSpan Time, string Text) Time(Func<string> make)
    {
        make(); // warmed up: the code compiled, the file in the page cache, as for a second export
        var clock = Stopwatch.StartNew();
        var text = make();
        return (clock.Elapsed, text);
    }
}
