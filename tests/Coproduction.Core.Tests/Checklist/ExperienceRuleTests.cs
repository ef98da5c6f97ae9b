using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Checklist;

public sealed class ExperienceRuleTests
{
    public static TheoryData<ChecklistItem, Experience> EachKind => new()
    {
        { ChecklistItem.RelevantLearnedExperience, Learned() },
        { ChecklistItem.RelevantLivedExperience, Lived() },
        { ChecklistItem.RelevantLivedExperience, Carer() },
    };

    [Theory]
    [MemberData(nameof(EachKind))]
    public void Assess_CoreMemberWithRelevantExperienceTookPart_IsMet(ChecklistItem item, Experience experience)
    {
        var result = new CourseBuilder().Core("p1", experience).Core("p2").Meeting(1, "p1", "p2").Assess().Item(item);

        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Score.ShouldBe(2);
        result.Evidence.ShouldBe(["p1"]);
    }

    [Theory]
    [MemberData(nameof(EachKind))]
    public void Assess_CoreMemberWithRelevantExperienceOnlyAMeetingParticipant_IsMet(ChecklistItem item, Experience experience)
    {
        var result = new CourseBuilder().Core("p1", experience).Core("p2").Meeting(1, "p2", "p1").Assess().Item(item);

        result.Status.ShouldBe(ChecklistStatus.Met);
    }

    [Theory]
    [MemberData(nameof(EachKind))]
    public void Assess_CoreMemberWithRelevantExperienceHasNotTakenPart_IsPartlyMet(ChecklistItem item, Experience experience)
    {
        var result = new CourseBuilder().Core("p1", experience).Core("p2").Meeting(1, "p2").Assess().Item(item);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Score.ShouldBe(1);
        result.Evidence.ShouldBe(["p1"]);
        result.Reason.ShouldContain("not taken part");
    }

    [Theory]
    [MemberData(nameof(EachKind))]
    public void Assess_OnlyAFocusGroupMemberHasIt_IsPartlyMet(ChecklistItem item, Experience experience)
    {
        var result = new CourseBuilder().Core("p1").FocusGroupMember("f1", experience).Meeting(1, "p1").Assess().Item(item);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Evidence.ShouldBe(["f1"]);
        result.Reason.ShouldContain("focus-group");
    }

    [Theory]
    [MemberData(nameof(EachKind))]
    public void Assess_ExperienceOfAnUnrelatedTopic_IsNotMet(ChecklistItem item, Experience experience)
    {
        var unrelated = experience with { Topics = ["anxiety"] };
        var result = new CourseBuilder().Core("p1", unrelated).Meeting(1, "p1").Assess().Item(item);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Score.ShouldBe(0);
        result.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Assess_LearnedExperienceOnly_DoesNotMeetLivedExperience()
    {
        var assessment = new CourseBuilder().Core("p1", Learned()).Meeting(1, "p1").Assess();

        assessment.Item(ChecklistItem.RelevantLearnedExperience).Status.ShouldBe(ChecklistStatus.Met);
        assessment.Item(ChecklistItem.RelevantLivedExperience).Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_LivedAndCarerExperienceOnly_DoNotMeetLearnedExperience()
    {
        var assessment = new CourseBuilder().Core("p1", Lived()).Core("p2", Carer()).Meeting(1, "p1", "p2").Assess();

        assessment.Item(ChecklistItem.RelevantLearnedExperience).Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Theory]
    [InlineData("insomnia>sleep", "insomnia", "sleep")] // the person's topic is narrower than the course's
    [InlineData("insomnia>sleep", "sleep", "insomnia")] // the person's topic is broader than the course's
    [InlineData("early-waking>insomnia;insomnia>sleep", "early-waking", "sleep")] // an ancestor two levels up
    [InlineData("", "Sleep", "sleep")] // equal ignoring case
    [InlineData("Insomnia>SLEEP", "insomnia", "sleep")] // the taxonomy is read ignoring case too
    public void Assess_RelatedTopic_CountsAsRelevant(string taxonomy, string personTopic, string courseTopic)
    {
        var builder = new CourseBuilder().Topics(courseTopic);
        foreach (var pair in taxonomy.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('>')))
        {
            builder.Taxonomy(pair[0], pair[1]);
        }

        var result = builder.Core("p1", Lived(personTopic)).Meeting(1, "p1").Assess().Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_SiblingTopics_AreNotRelated()
    {
        var result = new CourseBuilder()
            .Topics("nightmares")
            .Taxonomy("nightmares", "sleep")
            .Taxonomy("insomnia", "sleep")
            .Core("p1", Lived("insomnia"))
            .Meeting(1, "p1")
            .Assess()
            .Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_TookPartOnlyBeforeTheCycle_IsPartlyMet()
    {
        var result = new CourseBuilder()
            .Core("p1", Lived()).Core("p2")
            .Meeting(1, "p1")
            .Moved(5, Stage.Proposed, Stage.Scoping)
            .Meeting(6, "p2")
            .Assess()
            .Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
    }

    [Fact]
    public void Assess_TookPartOnlyAfterAsOf_IsPartlyMet()
    {
        var result = new CourseBuilder().Core("p1", Lived()).Meeting(31, "p1").Assess(asOfDay: 30).Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
    }

    [Fact]
    public void Assess_ParticipantOfAMessageOnly_HasNotTakenPart()
    {
        var result = new CourseBuilder()
            .Core("p1", Lived()).Core("p2")
            .Activity(ActivityKind.Message, 1, "p2", ["p1"])
            .Assess()
            .Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
    }

    [Fact]
    public void Assess_FocusGroupParticipant_HasTakenPart()
    {
        var result = new CourseBuilder()
            .Core("p1", Lived()).Core("p2")
            .Activity(ActivityKind.FocusGroup, 1, "p2", ["p1"])
            .Assess()
            .Item(ChecklistItem.RelevantLivedExperience);

        result.Status.ShouldBe(ChecklistStatus.Met);
    }
}
