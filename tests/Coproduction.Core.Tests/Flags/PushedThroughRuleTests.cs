using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class PushedThroughRuleTests
{
    private static IReadOnlyList<Flag> Flags(string[] involved, Exemption? exemption, string? justification = "Because.") =>
        new CourseBuilder().CoreTeam("p1", "p2").Decision("d1", 3, "p1", involved, exemption, justification).Assess().FlagsOf(FlagKind.PushedThroughWithoutFeedback);

    public static TheoryData<string, Exemption?, bool> Cases => new()
    {
        { "", null, true },
        { "p1", null, true },
        { "p1,p2", null, false },
        { "p2", null, false },
        { "p1", Exemption.Timely, true },
        { "p1,p2", Exemption.Timely, false },
        { "p1", Exemption.HealthAndSafety, false },
        { "p1", Exemption.TrustPolicy, false },
        { "", Exemption.Managerial, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Assess_DecisionInvolvingNobodyButItsMaker_RaisesFlagUnlessExempt(string involved, Exemption? exemption, bool raised)
    {
        var flags = Flags(involved.Split(',', StringSplitOptions.RemoveEmptyEntries), exemption);

        flags.Count.ShouldBe(raised ? 1 : 0);
        if (raised)
        {
            flags[0].Subject.ShouldBe("d1");
            flags[0].People.ShouldBe(["p1"]);
            flags[0].Since.ShouldBe(Day(3));
            flags[0].Message.ShouldContain("(d1)");
        }
    }

    [Fact]
    public void Assess_DecisionBeforeTheCycle_RaisesNoFlag()
    {
        new CourseBuilder().CoreTeam("p1").Decision("d1", 1, "p1").Moved(2, Stage.Live, Stage.UnderReview)
            .Assess().FlagsOf(FlagKind.PushedThroughWithoutFeedback).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_DecisionAfterAsOf_RaisesNoFlag()
    {
        new CourseBuilder().CoreTeam("p1").Decision("d1", 31, "p1").Assess(asOfDay: 30).FlagsOf(FlagKind.PushedThroughWithoutFeedback).ShouldBeEmpty();
    }
}
