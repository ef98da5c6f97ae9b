using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class NotCoDeliveredRuleTests
{
    /// <summary>p1 a peer trainer, p2 a trainer with learned experience, p3 both, p4 neither (related to another topic), f1 a focus-group peer.</summary>
    private static CourseBuilder Team() => new CourseBuilder()
        .Core("p1", Lived()).Core("p2", Learned()).Core("p3", Lived(), Learned()).Core("p4", Learned("cooking")).FocusGroupMember("f1", Carer());

    private static Flag? Flag(CourseAssessment assessment) => assessment.Flags.SingleOrDefault(f => f.Kind == FlagKind.NotCoDelivered);

    [Fact]
    public void Assess_PeerAndLearnedTrainerTogether_IsCoDelivered()
    {
        var assessment = Team().Session("s1", 5, "p1", "p2").Session("s2", 6, "f1", "p3").Assess();

        assessment.CoDelivery.ShouldBe(new CoDeliverySummary { Sessions = 2, CoDelivered = 2 });
        Flag(assessment).ShouldBeNull();
    }

    [Fact]
    public void Assess_OnePersonWithBothKindsTrainingAlone_IsNotCoDelivered()
    {
        var assessment = Team().Session("s1", 5, "p3").Session("s2", 6, "p3", "p3").Assess();

        assessment.CoDelivery.ShouldBe(new CoDeliverySummary { Sessions = 2, CoDelivered = 0 });
        var flag = Flag(assessment)!;
        flag.Subject.ShouldBe("course-1");
        flag.People.ShouldBe(["p3"]);
        flag.Since.ShouldBe(Day(5));
    }

    [Fact]
    public void Assess_ExperienceOfAnotherTopicOrTwoPeers_IsNotCoDelivered()
    {
        var flag = Flag(Team().Session("s1", 5, "p1", "p2").Session("s2", 7, "p1", "p4").Session("s3", 6, "p1", "f1").Assess())!;

        flag.People.ShouldBe(["p1", "f1", "p4"], "the trainers of the sessions not co-delivered, oldest session first");
        flag.Since.ShouldBe(Day(6));
        flag.Message.ShouldContain("2 sessions of the 3");
    }

    [Fact]
    public void Assess_SessionsBeforeTheCycleOrAfterAsOf_DoNotCount()
    {
        var assessment = Team().Session("s1", 1, "p1").Session("s2", 40, "p1").Session("s3", 20, "p1", "p2")
            .Moved(10, Stage.Live, Stage.UnderReview).AtStage(Stage.UnderReview).Assess(30);

        assessment.CoDelivery.ShouldBe(new CoDeliverySummary { Sessions = 1, CoDelivered = 1 });
        Flag(assessment).ShouldBeNull();
    }

    [Fact]
    public void Assess_NoSessions_RaisesNothingAndCountsZeros()
    {
        var assessment = Team().Assess();

        assessment.CoDelivery.ShouldBe(new CoDeliverySummary());
        Flag(assessment).ShouldBeNull();
    }

    [Theory]
    [InlineData(0.8, 4, false)]
    [InlineData(0.8, 3, true)]
    [InlineData(0.5, 3, false)]
    public void Assess_CoDeliveryShareBelowOne_FlagsOnlyBelowTheShare(double share, int coDelivered, bool flagged)
    {
        var builder = Team();
        for (var i = 0; i < 5; i++)
        {
            builder = i < coDelivered ? builder.Session($"s{i}", 5 + i, "p1", "p2") : builder.Session($"s{i}", 5 + i, "p1");
        }

        var assessment = builder.Assess(30, new AssessmentOptions { CoDeliveryShare = share });

        (Flag(assessment) is not null).ShouldBe(flagged);
        assessment.CoDelivery.ShouldBe(new CoDeliverySummary { Sessions = 5, CoDelivered = coDelivered });
    }
}
