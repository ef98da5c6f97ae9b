using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Flags;

public sealed class UnexplainedExemptionRuleTests
{
    public static TheoryData<Exemption?, string?, bool> Cases => new()
    {
        { Exemption.HealthAndSafety, null, true },
        { Exemption.TrustPolicy, null, true },
        { Exemption.Managerial, null, true },
        { Exemption.Managerial, "", true },
        { Exemption.Managerial, "   ", true },
        { Exemption.Managerial, "Set by the Trust's staffing policy.", false },
        { Exemption.HealthAndSafety, "Fire safety rules for the venue.", false },
        { Exemption.Timely, null, false },
        { null, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Assess_ExemptionWithoutJustification_RaisesFlag(Exemption? exemption, string? justification, bool raised)
    {
        var flags = new CourseBuilder().CoreTeam("p1", "p2")
            .Decision("d1", 3, "p1", ["p1", "p2"], exemption, justification)
            .Assess()
            .FlagsOf(FlagKind.UnexplainedExemption);

        flags.Count.ShouldBe(raised ? 1 : 0);
        if (raised)
        {
            flags[0].Subject.ShouldBe("d1");
            flags[0].People.ShouldBe(["p1"]);
            flags[0].Message.ShouldContain("justification");
        }
    }
}
