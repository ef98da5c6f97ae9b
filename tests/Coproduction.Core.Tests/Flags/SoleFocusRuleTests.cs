using Coproduction.Assessment;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class SoleFocusRuleTests
{
    private static IReadOnlyList<Flag> Flags(CourseBuilder builder) => builder.Assess().FlagsOf(FlagKind.SoleFocus);

    private static string[] Repeat(string person, int times) => Enumerable.Repeat(person, times).ToArray();

    [Fact]
    public void Assess_OneMemberMakesSixOfTen_RaisesFlagOnTheCourse()
    {
        var flag = Flags(new CourseBuilder().CoreTeam("p1", "p2", "p3").Contributions(1, [.. Repeat("p1", 6), "p2", "p2", "p3", "p3"])).ShouldHaveSingleItem();

        flag.Subject.ShouldBe("course-1");
        flag.People.ShouldBe(["p1"]);
        flag.Message.ShouldContain("60%");
        flag.Message.ShouldContain("6 of 10");
    }

    [Fact]
    public void Assess_OneMemberMakesFiveOfTen_RaisesNoFlag()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2", "p3").Contributions(1, [.. Repeat("p1", 5), "p2", "p2", "p2", "p3", "p3"])).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_NineContributions_AreTooFewToJudge()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2", "p3").Contributions(1, Repeat("p1", 9))).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_CoreTeamOfTwo_IsTooSmallToJudge()
    {
        Flags(new CourseBuilder().CoreTeam("p1", "p2").Contributions(1, Repeat("p1", 20))).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_FocusGroupContributions_AreNotCoreContributions()
    {
        // f1 makes 20, but only core contributions are shared out: p1 makes 6 of the core's 10.
        var builder = new CourseBuilder().CoreTeam("p1", "p2", "p3").FocusGroupMember("f1")
            .Contributions(1, [.. Repeat("p1", 6), .. Repeat("p2", 2), .. Repeat("p3", 2), .. Repeat("f1", 20)]);

        Flags(builder).ShouldHaveSingleItem().People.ShouldBe(["p1"]);
    }

    [Fact]
    public void Assess_Since_IsWhenTheConditionLastBecameTrue()
    {
        // Day 1: 10 contributions, p1 6 of them (condition holds). Day 2: p2 and p3 add 4 (p1 6 of 14: clears).
        // Day 3: p1 adds 8 (14 of 22: holds again). The flag is since day 3.
        var builder = new CourseBuilder().CoreTeam("p1", "p2", "p3")
            .Contributions(1, [.. Repeat("p1", 6), "p2", "p2", "p3", "p3"])
            .Contributions(2, "p2", "p2", "p3", "p3")
            .Contributions(3, Repeat("p1", 8));

        Flags(builder).ShouldHaveSingleItem().Since.ShouldBe(Day(3));
    }
}
