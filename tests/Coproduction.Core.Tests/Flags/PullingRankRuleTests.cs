using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class PullingRankRuleTests
{
    /// <summary>p2 (seniority 0) objects to d1 on day 2; p1 (seniority <paramref name="makerSeniority"/>) decides it on day 5.</summary>
    private static CourseBuilder Objected(int makerSeniority = 2, Exemption? exemption = null) =>
        new CourseBuilder()
            .Senior("p1", makerSeniority).Core("p2").Core("p3")
            .Activity(ActivityKind.Objection, 2, "p2", on: "d1")
            .Decision("d1", 5, "p1", ["p1", "p2", "p3"], exemption, exemption is null ? null : "Because.");

    private static IReadOnlyList<Flag> Flags(CourseBuilder builder) => builder.Assess().FlagsOf(FlagKind.PullingRank);

    [Fact]
    public void Assess_SeniorDecidesOverAnObjectionWithoutTalking_RaisesFlag()
    {
        var flag = Flags(Objected()).ShouldHaveSingleItem();

        flag.Subject.ShouldBe("d1");
        flag.People.ShouldBe(["p1", "p2"]);
        flag.Since.ShouldBe(Day(5));
        flag.Message.ShouldContain("as equals");
    }

    [Fact]
    public void Assess_MakerOfTheSameSeniority_RaisesNoFlag()
    {
        Flags(Objected(makerSeniority: 0)).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_MakerLessSeniorThanTheObjector_RaisesNoFlag()
    {
        var builder = new CourseBuilder().Senior("p1", 1).Senior("p2", 3)
            .Activity(ActivityKind.Objection, 2, "p2", on: "d1")
            .Decision("d1", 5, "p1", ["p1", "p2"]);

        Flags(builder).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Exemption.Timely)]
    [InlineData(Exemption.Managerial)]
    [InlineData(Exemption.HealthAndSafety)]
    [InlineData(Exemption.TrustPolicy)]
    public void Assess_ExemptDecision_RaisesNoFlag(Exemption exemption)
    {
        Flags(Objected(exemption: exemption)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ActivityKind.Meeting, 3, "p1", "p2", false)] // they met in between
    [InlineData(ActivityKind.Message, 3, "p2", "p1", false)] // they messaged in between
    [InlineData(ActivityKind.Meeting, 2, "p1", "p2", false)] // at the moment of the objection counts as between
    [InlineData(ActivityKind.Meeting, 5, "p1", "p2", false)] // at the moment of the decision counts as between
    [InlineData(ActivityKind.Meeting, 1, "p1", "p2", true)] // before the objection
    [InlineData(ActivityKind.Meeting, 6, "p1", "p2", true)] // after the decision
    [InlineData(ActivityKind.Meeting, 3, "p1", "p3", true)] // without the objector
    [InlineData(ActivityKind.Meeting, 3, "p3", "p2", true)] // without the maker
    [InlineData(ActivityKind.WorkShared, 3, "p1", "p2", true)] // not a meeting or message
    public void Assess_ConversationBetweenObjectionAndDecision_ClearsTheFlag(ActivityKind kind, double day, string by, string participant, bool raised)
    {
        Flags(Objected().Activity(kind, day, by, [participant])).Count.ShouldBe(raised ? 1 : 0);
    }

    [Fact]
    public void Assess_ObjectionAfterTheDecision_RaisesNoFlag()
    {
        var builder = new CourseBuilder().Senior("p1", 2).Core("p2")
            .Decision("d1", 5, "p1", ["p1", "p2"])
            .Activity(ActivityKind.Objection, 6, "p2", on: "d1");

        Flags(builder).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_ObjectionToAMaterial_IsNotAboutTheDecision()
    {
        var builder = new CourseBuilder().Senior("p1", 2).Core("p2")
            .Material("m1", [(1, "p1")])
            .Activity(ActivityKind.Objection, 2, "p2", on: "m1")
            .Decision("d1", 5, "p1", ["p1", "p2"]);

        Flags(builder).ShouldBeEmpty();
    }
}
