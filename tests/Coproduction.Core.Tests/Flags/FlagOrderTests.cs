using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Flags;

public sealed class FlagOrderTests
{
    [Fact]
    public void Assess_Flags_AreOrderedByKindThenSubject()
    {
        var assessment = new CourseBuilder().CoreTeam("p1", "p2")
            .Decision("d2", 3, "p1", exemption: Exemption.Managerial)
            .Decision("d10", 3, "p1")
            .Decision("d1", 3, "p1")
            .Material("m2", [(1, "p1"), (2, "p1"), (3, "p1")])
            .Material("m1", [(1, "p2"), (2, "p2"), (3, "p2")])
            .Assess();

        assessment.Flags.Select(f => (f.Kind, f.Subject)).ShouldBe(
        [
            (FlagKind.SoleAuthorWithoutFeedback, "m1"),
            (FlagKind.SoleAuthorWithoutFeedback, "m2"),
            (FlagKind.PushedThroughWithoutFeedback, "d1"),
            (FlagKind.PushedThroughWithoutFeedback, "d10"),
            (FlagKind.UnexplainedExemption, "d2"),
        ]);
    }

    [Fact]
    public void Assess_KindsOfVersion11_ComeAfterTheOthers()
    {
        var assessment = new CourseBuilder().Core("p1", CourseBuilder.Lived()).FocusGroupMember("f1")
            .Decision("d1", 1, "p1")
            .FocusGroup(1, "p1", ["f1"])
            .Session("s1", 2, "p1")
            .Assess(40);

        assessment.Flags.Select(f => f.Kind).ShouldBe([FlagKind.PushedThroughWithoutFeedback, FlagKind.InputNotAnswered, FlagKind.NotCoDelivered]);
    }
}
