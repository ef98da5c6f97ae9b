using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Checklist;

public sealed class MaterialsAgreedRuleTests
{
    [Fact]
    public void Assess_NoMaterials_IsNotMet()
    {
        var result = new CourseBuilder().CoreTeam("p1", "p2").Assess().Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Reason.ShouldContain("no materials");
    }

    [Fact]
    public void Assess_MaterialWhoseFirstVersionIsAfterAsOf_DoesNotExistYet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1")
            .Material("m1", [(31, "p1")])
            .Assess(asOfDay: 30)
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Reason.ShouldContain("no materials");
    }

    [Fact]
    public void Assess_EveryCoreMemberAgreedAfterTheLatestVersion_IsMet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2", "p3").FocusGroupMember("f1")
            .Material("m1", [(1, "p2"), (2, "p1")], [(3, "p2"), (2, "p3")])
            .Assess()
            .Item(ChecklistItem.MaterialsAgreed);

        // p1 saved the latest version, p2 agreed after it, p3 agreed at the same moment; f1 is not core.
        result.Status.ShouldBe(ChecklistStatus.Met);
        result.Evidence.ShouldBe(["m1"]);
    }

    [Fact]
    public void Assess_AgreementBeforeTheLatestVersion_DoesNotCount()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1"), (3, "p1")], [(2, "p2")])
            .Assess()
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Reason.ShouldContain("(m1)");
    }

    [Fact]
    public void Assess_AgreementAfterAsOf_DoesNotCount()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")], [(31, "p2")])
            .Assess(asOfDay: 30)
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
    }

    [Fact]
    public void Assess_AgreementBeforeTheCycle_StillCountsAgainstTheLatestVersion()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")], [(2, "p2")])
            .Moved(10, Stage.Live, Stage.UnderReview)
            .Assess()
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_VersionAfterAsOf_IsIgnoredWhenFindingTheLatest()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1"), (40, "p1")], [(2, "p2")])
            .Assess(asOfDay: 30)
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.Met);
    }

    [Fact]
    public void Assess_SomeMaterialsAgreed_IsPartlyMet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")], [(2, "p2")])
            .Material("m2", [(1, "p1")])
            .Assess()
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.PartlyMet);
        result.Evidence.ShouldBe(["m1"]);
        result.Reason.ShouldContain("(m2)");
    }

    [Fact]
    public void Assess_NoMaterialAgreed_IsNotMet()
    {
        var result = new CourseBuilder()
            .CoreTeam("p1", "p2")
            .Material("m1", [(1, "p1")])
            .Material("m2", [(1, "p2")])
            .Assess()
            .Item(ChecklistItem.MaterialsAgreed);

        result.Status.ShouldBe(ChecklistStatus.NotMet);
        result.Evidence.ShouldBeEmpty();
        result.Reason.ShouldStartWith("No material is agreed yet; still waiting for every core member to agree");
    }
}
