using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Snapshots;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Report;

/// <summary>Snapshots for report tests, and the report of each.</summary>
internal static class ReportFixtures
{
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static CourseSnapshot Sample(string name) => SnapshotSerializer.Deserialize(File.ReadAllText(SamplePath(name)));

    public static CourseAssessment Assess(CourseSnapshot snapshot) => new CourseAssessor().Assess(snapshot, snapshot.AsOf ?? Day(30));

    public static string Html(CourseSnapshot snapshot, bool showNames = false) =>
        EvidenceReport.ToHtml(snapshot, Assess(snapshot), new EvidenceReportOptions { ShowNames = showNames });

    public static string Markdown(CourseSnapshot snapshot, bool showNames = false) =>
        EvidenceReport.ToMarkdown(snapshot, Assess(snapshot), new EvidenceReportOptions { ShowNames = showNames });

    /// <summary>A course in which every kind of text a person typed holds the same hostile value.</summary>
    public static CourseSnapshot Hostile(string value)
    {
        var snapshot = new CourseBuilder()
            .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Carer()).FocusGroupMember("f1", Lived())
            .Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")])
            .Activity(ActivityKind.FocusGroup, 4, "p2", ["f1"])
            .Decision("d1", 5, "p1", exemption: Exemption.Managerial, justification: value)
            .Decision("d2", 6, "p2")
            .Feedback(7, "f1", "m1", response: Answer(8, "p1", ResponseOutcome.NotAdopted, value))
            .Session("s1", 9, "p1", "p2")
            .Moved(0, Stage.Proposed, Stage.Scoping)
            .Note(ChecklistItem.FocusGroupsUsed, value)
            .Build();
        return snapshot with
        {
            Course = snapshot.Course with { Title = value, Id = value, Topics = [value, "sleep"] },
            People = snapshot.People.Select(p => p with { DisplayName = value, Role = value }).ToList(),
            Materials = snapshot.Materials.Select(m => m with { Title = value }).ToList(),
            Decisions = snapshot.Decisions.Select(d => d with { Summary = value }).ToList(),
        };
    }
}
