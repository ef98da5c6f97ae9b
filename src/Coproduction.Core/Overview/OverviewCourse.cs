using Coproduction.Assessment;
using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Overview;

/// <summary>
/// One course as the college overview shows it: where it is, its stage, score, checklist, readiness
/// and open flags, as its own course item shows them. Nothing about a person: the overview is counts
/// and courses only.
/// </summary>
public sealed class OverviewCourse
{
    /// <summary>Where the course is kept: its SharePoint site's URL, or (offline) the snapshot file's name.</summary>
    public required string Site { get; init; }

    /// <summary>The course's id (<c>course.id</c> of its snapshot).</summary>
    public required string CourseId { get; init; }

    /// <summary>The course's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its stage in the lifecycle.</summary>
    public required Stage Stage { get; init; }

    /// <summary>Its co-production score, 0 to 12.</summary>
    public required int Score { get; init; }

    /// <summary>Whether it is ready for quality review.</summary>
    public required bool ReadyForQuality { get; init; }

    /// <summary>Each checklist item's status; an item missing is shown as not known.</summary>
    public required IReadOnlyDictionary<ChecklistItem, ChecklistStatus> Checklist { get; init; }

    /// <summary>The flags open, counted by kind: the kind's word as the snapshot format and <c>coproduction history</c> write it (<c>soleAuthorWithoutFeedback</c>).</summary>
    public IReadOnlyDictionary<string, int> OpenFlags { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// When the assessment shown was made: offline, the snapshot's assessment; the worker's, the moment
    /// the course's assessment last changed (its last line of history). The worker assesses every course
    /// again at least daily, so an old date means unchanged, not unread; a moment of each reassessment
    /// would change the page, and upload it, every day for nothing.
    /// </summary>
    public required DateTimeOffset LastAssessed { get; init; }

    /// <summary>A course as an assessment of its snapshot finds it, for an overview made from snapshot files.</summary>
    /// <param name="site">Where it is kept (offline: the file's name).</param>
    /// <param name="snapshot">The course's snapshot.</param>
    /// <param name="assessment">Its assessment.</param>
    public static OverviewCourse Of(string site, CourseSnapshot snapshot, CourseAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(assessment);
        return new()
        {
            Site = site,
            CourseId = snapshot.Course.Id,
            Title = snapshot.Course.Title,
            Stage = assessment.Stage,
            Score = assessment.Score,
            ReadyForQuality = assessment.ReadyForQuality,
            Checklist = assessment.Checklist.ToDictionary(c => c.Item, c => c.Status),
            OpenFlags = assessment.Flags.GroupBy(f => SnapshotWords.Of(f.Kind), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            LastAssessed = assessment.AsOf,
        };
    }
}
