using System.Security.Cryptography;
using System.Text;
using Coproduction.Assessment;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Graph;
using Coproduction.Model;
using Coproduction.Output;
using Coproduction.Report;
using Coproduction.Text;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Writes a course's assessment back to its site, only what differs: the checklist columns, score,
/// readiness, open flag count, inputs waiting for an answer, sessions and those co-delivered, entries to fix (and the time of assessment when any of these change) on the course;
/// the flag items; and the evidence report, into the evidence library, when the assessment changed.
/// </summary>
internal sealed class CourseWriteBack(CoproductionGraphClient graph, WorkerState state, FlagSync flagSync, EvidenceDrives drives, EvidenceReportOptions reportOptions, Nudges.NudgeRecorder nudges, ILogger<CourseWriteBack> logger)
{
    public async Task<PassResult> WriteAsync(
        string siteUrl,
        string siteId,
        IReadOnlyDictionary<string, string> lists,
        ListItemData courseItem,
        CourseSnapshot snapshot,
        CourseAssessment assessment,
        CourseFlags stageFlags,
        int needsAttention,
        DateTimeOffset now,
        PassWrites writes,
        CancellationToken cancellationToken)
    {
        var flags = new CourseFlags(
            [.. assessment.Flags.Select(f => FlagRow.Open(courseItem.Id, SnapshotWords.Label(f.Kind), f.Subject, f.People, f.Since, f.Message)), .. stageFlags.Open],
            stageFlags.Kept);
        var fingerprint = Fingerprint(assessment, flags);
        var written = state.Written(siteId, courseItem.Id);
        // The flags are synced when the assessment changed, or when the site no longer holds one it should (a person deleted its item).
        var kept = state.Flags(siteId, courseItem.Id).Where(r => r.Open).Select(r => (r.Kind, r.Subject, r.Fingerprint)).ToHashSet();
        var changed = written?.Fingerprint != fingerprint || flags.Open.Any(f => !kept.Contains((f.Kind, f.Subject, f.Fingerprint)));
        var result = new PassResult(siteId, 0, 1, 0, 0, 0, 0);

        var columns = new FieldSet();
        foreach (var item in assessment.Checklist)
        {
            columns.Set(CoursesList.Checklist[item.Item], item.Status);
        }

        columns.Set(CoursesList.Score, assessment.Score).Set(CoursesList.ReadyForQualityReview, assessment.ReadyForQuality).Set(CoursesList.OpenFlags, flags.Count)
            .Set(CoursesList.NeedsAttention, needsAttention)
            .Set(CoursesList.InputsWaiting, assessment.YouSaidWeDid.Inputs - assessment.YouSaidWeDid.Answered)
            .Set(CoursesList.Sessions, assessment.CoDelivery.Sessions).Set(CoursesList.CoDelivered, assessment.CoDelivery.CoDelivered);
        var differing = columns.ChangedFrom(courseItem.Fields);
        if (differing.Count > 0)
        {
            writes.Add(new ItemUpdate(lists[Courses], courseItem.Id, differing.Set(CoursesList.LastAssessed, now)));
            result = result with { Writes = 1 };
        }

        if (changed)
        {
            var (flagWrites, raised, resolved) = await flagSync.SyncAsync(siteId, lists[FlagList], courseItem.Id, flags, writes, cancellationToken);
            await UploadReportAsync(siteId, lists[Evidence], courseItem.Id, snapshot, assessment, writes, cancellationToken);
            result = result with { Writes = result.Writes + flagWrites + 1, Raised = raised, Resolved = resolved, Reports = 1 };
        }

        var stage = StageLabel.Of(courseItem.Fields);
        writes.Then(() => state.SetWritten(siteId, courseItem.Id, fingerprint, now, stage));
        // A line of its history, once the writes are made, where it says anything the line before does not
        // (every assessment is offered: a course the history has not seen, after an upgrade or a restore, gets its line);
        // and, in the same transaction, what the site's nudges will tell of it.
        var entry = HistoryLine(siteUrl, snapshot.Course.Id, assessment, stageFlags, now);
        var nudged = nudges.Course(siteId, siteUrl, lists[Courses], courseItem);
        writes.Then(() => nudges.Assessed(nudged, siteId, siteUrl, courseItem.Id, snapshot, entry, needsAttention));

        return result;
    }

    private static History.HistoryEntry HistoryLine(string siteUrl, string courseId, CourseAssessment assessment, CourseFlags stageFlags, DateTimeOffset now) => new(
        now, siteUrl, courseId, History.HistoryEntry.Assessed, SnapshotWords.Of(assessment.Stage), assessment.Score, assessment.ReadyForQuality,
        [.. assessment.Checklist.OrderBy(c => c.Item).Select(c => SnapshotWords.Of(c.Status))],
        [.. assessment.Flags.Select(f => new History.HistoryFlag(SnapshotWords.Of(f.Kind), f.Subject)), .. stageFlags.Keys.Select(f => new History.HistoryFlag(History.HistoryColumns.StageChangeKind, f.Subject))],
        [], []);

    /// <summary>
    /// Uploads the course's evidence report: one request, with the drive looked up once per site. A
    /// report file the worker has not set the course of (new, or made afresh after a rename or a
    /// deletion) gets its course by a write that waits for the pass's next batch.
    /// </summary>
    private async Task UploadReportAsync(
        string siteId, string library, string courseItem, CourseSnapshot snapshot, CourseAssessment assessment, PassWrites writes, CancellationToken cancellationToken)
    {
        var drive = await drives.OfAsync(siteId, library, cancellationToken);
        var report = EvidenceReport.ToHtml(snapshot, assessment, reportOptions);
        var name = ReportFileName.Of(snapshot.Course.Id);
        var previous = state.ReportFile(siteId, courseItem);
        string file;
        try
        {
            file = await graph.UploadFileAsync(drive, name, Encoding.UTF8.GetBytes(report), cancellationToken);
        }
        catch (CoproductionGraphException ex) when (ex.Status is 423 or 425)
        {
            throw new ReportDeferredException(ex.Message, ex);
        }

        if (previous != file)
        {
            writes.Add(new ItemUpdate(library, file, new FieldSet().Set(EvidenceLibrary.Course, courseItem), DriveId: drive), _ => state.SetReportFile(siteId, courseItem, file));
        }

        var earlier = $"{snapshot.Course.Id}-evidence.html";
        if (previous is not null && previous != file && earlier != name && !state.IsAnotherCoursesReport(siteId, courseItem, previous))
        {
            // The report an earlier version named after the id as it was (Sleep-2026-evidence.html) goes, so that
            // the course has one report; one a person renamed is theirs, and left. Only tidying: a failure is said, and passed over.
            try
            {
                if (string.Equals(await graph.FindFileNameAsync(drive, previous, cancellationToken), earlier, StringComparison.OrdinalIgnoreCase))
                {
                    await graph.DeleteFileAsync(drive, previous, cancellationToken);
                }
            }
            catch (CoproductionGraphException ex)
            {
                Log.OldReportKept(logger, courseItem, siteId, ex.Message);
            }
        }
    }

    /// <summary>
    /// What the report is rendered with: its format's version and the options (names shown, the smallest
    /// count shown). Part of a course's fingerprint, so that a release whose report shows otherwise
    /// (suppressing small counts, say), or options changed, reaches every course the next time it is
    /// assessed, not only those whose assessment happens to change.
    /// </summary>
    private string Renderer => $"report {EvidenceReport.FormatVersion}, names {reportOptions.ShowNames}, smallest count {reportOptions.SmallestCountShown}";

    /// <summary>
    /// Gets what every course's writes need from the site once a pass, before any course is worked on:
    /// the site's flag items and the evidence library's drive. A failure here is the site's, not each course's in turn.
    /// </summary>
    public async Task PrepareAsync(string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken)
    {
        await flagSync.LearnAsync(siteId, lists[FlagList], cancellationToken);
        await drives.OfAsync(siteId, lists[Evidence], cancellationToken);
    }

    /// <summary>What the assessment says, without the moment it was made for, and the renderer of its report: the same course, unchanged, gives the same fingerprint every pass.</summary>
    private string Fingerprint(CourseAssessment assessment, CourseFlags flags) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            Renderer + "\n" + AssessmentJson.Serialize(assessment with { AsOf = DateTimeOffset.UnixEpoch }) + string.Join("\n", flags.Fingerprints))));
}
