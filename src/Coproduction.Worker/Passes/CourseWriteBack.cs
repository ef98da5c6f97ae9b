using System.Security.Cryptography;
using System.Text;
using Coproduction.Assessment;
using Coproduction.Graph;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Output;
using Coproduction.Report;
using Coproduction.Text;
using Coproduction.Worker.State;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Writes a course's assessment back to its site, only what differs: the checklist columns, score,
/// readiness, open flag count (and the time of assessment when any of these change) on the course;
/// the flag items; and the evidence report, into the evidence library, when the assessment changed.
/// </summary>
internal sealed class CourseWriteBack(CoproductionGraphClient graph, WorkerState state, FlagSync flags, bool showNames)
{
    public async Task<PassResult> WriteAsync(
        string siteId,
        IReadOnlyDictionary<string, string> lists,
        ListItemData courseItem,
        CourseSnapshot snapshot,
        CourseAssessment assessment,
        IReadOnlyList<DesiredFlag> stageFlags,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var desiredFlags = assessment.Flags
            .Select(f => FlagSync.Flag(courseItem.Id, SnapshotWords.Label(f.Kind), f.Subject, f.People, f.Since, f.Message))
            .Concat(stageFlags)
            .ToList();
        var fingerprint = Fingerprint(assessment, desiredFlags);
        var written = state.Written(siteId, courseItem.Id);
        var changed = written?.Fingerprint != fingerprint;
        var result = new PassResult(siteId, 0, 1, 0, 0, 0, 0);

        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in assessment.Checklist)
        {
            columns[ChecklistColumn(item.Item)] = SnapshotWords.Label(item.Status);
        }

        columns["CoproductionScore"] = (double)assessment.Score;
        columns["ReadyForQualityReview"] = assessment.ReadyForQuality;
        columns["OpenFlags"] = (double)desiredFlags.Count;
        var differing = columns.Where(c => !FieldValues.Same(courseItem.Fields.GetValueOrDefault(c.Key), c.Value)).ToDictionary(StringComparer.Ordinal);
        if (differing.Count > 0)
        {
            differing["LastAssessed"] = FieldValues.Iso(now);
            await graph.WriteAsync(siteId, [new ItemUpdate(lists[Courses], courseItem.Id, differing)], cancellationToken);
            result = result with { Writes = 1 };
        }

        if (changed)
        {
            var (writes, raised, resolved) = await flags.SyncAsync(siteId, lists[FlagList], courseItem.Id, desiredFlags, cancellationToken);
            var report = EvidenceReport.ToHtml(snapshot, assessment, new EvidenceReportOptions { ShowNames = showNames });
            await graph.UploadAsync(siteId, lists[Evidence], $"{snapshot.Course.Id}-evidence.html", Encoding.UTF8.GetBytes(report),
                new Dictionary<string, object?> { ["CourseLookupId"] = courseItem.Id }, cancellationToken);
            result = result with { Writes = result.Writes + writes + 1, Raised = raised, Resolved = resolved, Reports = 1 };
        }

        state.SetWritten(siteId, courseItem.Id, fingerprint, now, courseItem.Fields.GetValueOrDefault("Stage") as string);
        return result;
    }

    /// <summary>What the assessment says, without the moment it was made for: the same course, unchanged, gives the same fingerprint every pass.</summary>
    private static string Fingerprint(CourseAssessment assessment, IReadOnlyList<DesiredFlag> flags) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            AssessmentJson.Serialize(assessment with { AsOf = DateTimeOffset.UnixEpoch }) + string.Join("\n", flags.Select(f => f.Fingerprint)))));
}
