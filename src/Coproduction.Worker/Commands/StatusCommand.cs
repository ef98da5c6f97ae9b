using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Text;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction status --site URL [--graph-url URL] [--course ID] [--format table|json]</c>: what the
/// worker wrote, read back from the site, in the assessment's words.
/// </summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create(TimeProvider time)
    {
        var site = CommonOptions.Site();
        var graphUrl = CommonOptions.GraphUrl();
        var course = new Option<string?>("--course") { Description = "Only this course.", HelpName = "ID" };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("status", "Show what the worker wrote on a site: each course's checklist, score and open flags.") { site, graphUrl, course, format };

        CommandAction.Set(command, async (parse, stdout, cancellationToken) =>
        {
            using var session = GraphSession.Open(parse.GetValue(graphUrl), time);
            var graph = session.Graph;
            var rows = await GraphSession.RunAsync(() => ReadAsync(graph, parse.GetRequiredValue(site), cancellationToken));
            rows = rows.Where(r => parse.GetValue(course) is not { } only || r.CourseId == only).ToList();
            await stdout.WriteAsync(parse.GetRequiredValue(format) == "json" ? Json(rows) : Table(rows));
        });
        return command;
    }

    public static async Task<List<CourseStatus>> ReadAsync(CoproductionGraphClient graph, string siteUrl, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(siteUrl, cancellationToken);
        var courses = await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken);
        var flags = await graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], cancellationToken);
        var open = flags.Select(f => FlagRow.Read(f.Fields)).OfType<FlagRow>().Where(f => f.Status == FlagStatus.Open).ToLookup(f => f.Course, StringComparer.Ordinal);
        return [.. courses.Select(c => new CourseStatus(
            CourseIds.Of(c),
            Word(c.Fields.Find(CoursesList.Stage)),
            c.Fields.Find(CoursesList.Score),
            c.Fields.Find(CoursesList.ReadyForQualityReview),
            [.. CoursesList.Checklist.Select(i => (SnapshotWords.Of(i.Key), Word(c.Fields.Find(i.Value))))],
            [.. open[c.Id].Select(f => (FlagWord(f.Kind), f.Subject)).OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal)])
        {
            EntriesToFix = c.Fields.Find(CoursesList.NeedsAttention),
        })];
    }

    public static string Table(IReadOnlyList<CourseStatus> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.CourseId}  stage {row.Stage ?? "?"}, score {(row.Score?.ToString(CultureInfo.InvariantCulture) ?? "?")} of 12, ")
                .Append(row.Ready switch { true => "ready for quality review", false => "not ready for quality review", null => "not assessed yet" }).Append('\n');
            foreach (var (item, status) in row.Checklist)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {Symbol(status)} {item,-26} {status ?? "?"}\n");
            }

            text.Append(row.Flags.Count == 0 ? "  no open flags\n" : $"  open flags ({row.Flags.Count}):\n");
            foreach (var (kind, subject) in row.Flags)
            {
                text.Append(CultureInfo.InvariantCulture, $"    ! {kind} on {subject}\n");
            }

            if (row.EntriesToFix is > 0 and var entries)
            {
                text.Append(CultureInfo.InvariantCulture, $"  entries to fix: {entries} (Coproduction entries to fix)\n");
            }

            text.Append('\n');
        }

        return text.Length == 0 ? "No course on this site yet.\n" : text.ToString();
    }

    private static string Json(IReadOnlyList<CourseStatus> rows) =>
        JsonSerializer.Serialize(rows.Select(r => new
        {
            courseId = r.CourseId,
            stage = r.Stage,
            score = r.Score,
            readyForQuality = r.Ready,
            checklist = r.Checklist.Select(c => new { item = c.Item, status = c.Status }),
            flags = r.Flags.Select(f => new { kind = f.Kind, subject = f.Subject }),
            entriesToFix = r.EntriesToFix,
        }), Indented) + "\n";

    private static string? Word<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? SnapshotWords.Of(v) : null;

    private static string FlagWord(string label) =>
        SnapshotWords.TryParseLabel<FlagKind>(label, out var kind) ? SnapshotWords.Of(kind)
        : label == FlagsList.StageChangeLabel ? "stageChangeNotPermitted" : label;

    private static string Symbol(string? status) => status switch { "met" => "\u2714", "partlyMet" => "\u25D1", "notMet" => "\u2718", _ => "?" };
}

/// <summary>One course as the worker left it on the site.</summary>
internal sealed record CourseStatus(string CourseId, string? Stage, int? Score, bool? Ready, IReadOnlyList<(string Item, string? Status)> Checklist, IReadOnlyList<(string Kind, string Subject)> Flags)
{
    /// <summary>How many of its entries the worker could not read (null on a site of schema version 1, or before the first assessment).</summary>
    public int? EntriesToFix { get; init; }
}
