using Coproduction.Assessment;
using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Samples;

/// <summary>
/// The samples in samples/ are what the README says they are: a healthy new course, a course drifting
/// from co-production and a course under review. Each is assessed as of its own <c>asOf</c>.
/// </summary>
public sealed class SampleAssessmentTests
{
    private static readonly ChecklistItem[] Items =
    [
        ChecklistItem.RelevantLearnedExperience,
        ChecklistItem.RelevantLivedExperience,
        ChecklistItem.CarersViewsSought,
        ChecklistItem.FocusGroupsUsed,
        ChecklistItem.MaterialsAgreed,
        ChecklistItem.WorkShared,
    ];

    [Fact]
    public void Assess_HealthyNewCourse_MeetsEveryItem()
    {
        var (snapshot, assessment) = Assess("healthy-new-course.json");

        snapshot.Course.Kind.ShouldBe(CourseKind.New);
        assessment.Stage.ShouldBe(Stage.Developing);
        assessment.Checklist.Select(r => r.Item).ShouldBe(Items);
        assessment.Checklist.ShouldAllBe(r => r.Status == ChecklistStatus.Met);
        assessment.Score.ShouldBe(12);
        assessment.ReadyForQuality.ShouldBeTrue();
        assessment.PermittedTriggers.ShouldBe([LifecycleTrigger.SubmitForQuality, LifecycleTrigger.Withdraw]);
    }

    [Fact]
    public void Assess_HealthyNewCourse_AnswersItsFocusGroupsAndCoDeliversItsSessionsRaisingNoFlag()
    {
        var (_, assessment) = Assess("healthy-new-course.json");

        assessment.Flags.ShouldBeEmpty();
        assessment.YouSaidWeDid.ShouldBe(new YouSaidWeDidSummary { Inputs = 2, Answered = 2, Adopted = 1, Adapted = 1 });
        assessment.CoDelivery.ShouldBe(new CoDeliverySummary { Sessions = 2, CoDelivered = 2 });
    }

    [Fact]
    public void Assess_HealthyNewCourse_ExemptDecisionIsJustified()
    {
        var (snapshot, _) = Assess("healthy-new-course.json");

        var exempt = snapshot.Decisions.Where(d => d.Exemption is not null and not Exemption.Timely).ToList();
        exempt.ShouldNotBeEmpty();
        exempt.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Justification));
    }

    [Fact]
    public void Assess_HealthyNewCourse_CountsLivedExperienceRelatedOnlyThroughTheTaxonomy()
    {
        var (snapshot, assessment) = Assess("healthy-new-course.json");

        // Sam's lived experience is tagged "insomnia", which the taxonomy places under the course's "sleep".
        var sam = snapshot.People.Single(p => p.Id == "p1");
        sam.Experience.SelectMany(e => e.Topics).ShouldNotContain("sleep");
        snapshot.Taxonomy["insomnia"].ShouldBe("sleep");
        Result(assessment, ChecklistItem.RelevantLivedExperience).Evidence.ShouldContain("p1");
    }

    [Fact]
    public void Assess_DriftingCourse_MixesMetPartlyMetAndNotMet()
    {
        var (snapshot, assessment) = Assess("drifting-course.json");

        snapshot.Course.Kind.ShouldBe(CourseKind.New);
        assessment.Stage.ShouldBe(Stage.Developing);
        assessment.Checklist.Select(r => r.Status).ShouldBe(
        [
            ChecklistStatus.Met,        // relevantLearnedExperience: Rachel's "panic" and "worry" are under "anxiety"
            ChecklistStatus.Met,        // relevantLivedExperience
            ChecklistStatus.NotMet,     // carersViewsSought
            ChecklistStatus.PartlyMet,  // focusGroupsUsed: only core members took part
            ChecklistStatus.PartlyMet,  // materialsAgreed: one of three
            ChecklistStatus.PartlyMet,  // workShared: one member made two thirds of the contributions
        ]);
        assessment.Score.ShouldBe(7);
        assessment.ReadyForQuality.ShouldBeFalse();
        assessment.PermittedTriggers.ShouldBe([LifecycleTrigger.Withdraw]);
        assessment.BlockedTriggers.Select(b => b.Trigger).ShouldBe([LifecycleTrigger.SubmitForQuality]);
    }

    [Fact]
    public void Assess_DriftingCourse_RaisesEveryKindOfFlag()
    {
        var (_, assessment) = Assess("drifting-course.json");

        assessment.Flags.Select(f => f.Kind).Distinct().ShouldBe(
        [
            FlagKind.SoleAuthorWithoutFeedback,
            FlagKind.SoleFocus,
            FlagKind.PushedThroughWithoutFeedback,
            FlagKind.PullingRank,
            FlagKind.TellingPeopleWhatToWorkOn,
            FlagKind.OverReviewing,
            FlagKind.UnexplainedExemption,
            FlagKind.InputNotAnswered,
            FlagKind.NotCoDelivered,
        ]);
        assessment.Flags.Select(f => (f.Kind, f.Subject)).ShouldBe(
        [
            (FlagKind.SoleAuthorWithoutFeedback, "m1"),
            (FlagKind.SoleFocus, "understanding-anxiety-2026"),
            (FlagKind.PushedThroughWithoutFeedback, "d1"),
            (FlagKind.PullingRank, "d2"),
            (FlagKind.TellingPeopleWhatToWorkOn, "understanding-anxiety-2026"),
            (FlagKind.OverReviewing, "m2"),
            (FlagKind.UnexplainedExemption, "d3"),
            (FlagKind.InputNotAnswered, "m3"),
            (FlagKind.NotCoDelivered, "understanding-anxiety-2026"),
        ]);
    }

    [Fact]
    public void Assess_CourseUnderReview_ScoresTheNewCycleOnly()
    {
        var (snapshot, assessment) = Assess("course-under-review.json");

        snapshot.Course.Kind.ShouldBe(CourseKind.Review);
        assessment.Stage.ShouldBe(Stage.UnderReview);
        snapshot.StageHistory.Select(c => c.To).ShouldBe(
            [Stage.Scoping, Stage.Developing, Stage.QualityReview, Stage.Approved, Stage.Live, Stage.UnderReview]);
        assessment.CycleStart.ShouldBe(snapshot.StageHistory[^1].At);
        assessment.Checklist.Select(r => r.Status).ShouldBe(
        [
            ChecklistStatus.PartlyMet,  // relevantLearnedExperience: only a focus-group member has it
            ChecklistStatus.Met,        // relevantLivedExperience
            ChecklistStatus.NotMet,     // carersViewsSought: the carer took part only in the 2024 cycle
            ChecklistStatus.Met,        // focusGroupsUsed
            ChecklistStatus.PartlyMet,  // materialsAgreed: the new peer trainer has not agreed two of them
            ChecklistStatus.Met,        // workShared
        ]);
        assessment.Score.ShouldBe(8);
    }

    [Fact]
    public void Assess_CourseUnderReview_LeavesOutActivityBeforeTheReview()
    {
        var (snapshot, assessment) = Assess("course-under-review.json");
        var reviewBegan = assessment.CycleStart!.Value;

        snapshot.Activities.ShouldContain(a => a.Kind == ActivityKind.FocusGroup && a.At < reviewBegan);
        snapshot.Activities.ShouldContain(a => a.Kind == ActivityKind.CarerViewsSought && a.At < reviewBegan);
        snapshot.Decisions.ShouldContain(d => d.Exemption == Exemption.TrustPolicy && d.Justification == null && d.At < reviewBegan);
        Result(assessment, ChecklistItem.FocusGroupsUsed).Evidence.ShouldBe(["a13", "a21"]);
        Result(assessment, ChecklistItem.CarersViewsSought).Status.ShouldBe(ChecklistStatus.NotMet);
        assessment.Flags.ShouldNotContain(f => f.Kind == FlagKind.UnexplainedExemption);
    }

    [Fact]
    public void Assess_CourseUnderReview_ExplainsTheCarersItemAndBlocksDevelopment()
    {
        var (snapshot, assessment) = Assess("course-under-review.json");

        snapshot.ChecklistNotes.Select(n => n.Item).ShouldBe([ChecklistItem.CarersViewsSought]);
        assessment.ReadyForQuality.ShouldBeFalse();
        assessment.MissingForQuality.Select(r => r.Item).ShouldBe([ChecklistItem.RelevantLearnedExperience, ChecklistItem.MaterialsAgreed]);
        assessment.Flags.Select(f => (f.Kind, f.Subject)).ShouldBe(
            [(FlagKind.SoleAuthorWithoutFeedback, "m3"), (FlagKind.InputNotAnswered, "coping-with-stress")], "the second, version 1.1's: a focus group not answered");
        assessment.PermittedTriggers.ShouldBe([LifecycleTrigger.Retire]);
        assessment.BlockedTriggers.Select(b => b.Trigger).ShouldBe([LifecycleTrigger.StartDevelopment]);
    }

    private static (CourseSnapshot Snapshot, CourseAssessment Assessment) Assess(string fileName)
    {
        var snapshot = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", fileName)));
        return (snapshot, new CourseAssessor().Assess(snapshot, snapshot.AsOf!.Value));
    }

    private static ChecklistResult Result(CourseAssessment assessment, ChecklistItem item) =>
        assessment.Checklist.Single(r => r.Item == item);
}
