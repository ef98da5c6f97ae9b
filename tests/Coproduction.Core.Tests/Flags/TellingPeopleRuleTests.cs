using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Flags;

public sealed class TellingPeopleRuleTests
{
    private static IReadOnlyList<Flag> Flags(CourseBuilder builder) => builder.Assess().FlagsOf(FlagKind.TellingPeopleWhatToWorkOn);

    private static CourseBuilder Team() => new CourseBuilder().CoreTeam("p1", "p2", "p3", "p4");

    [Fact]
    public void Assess_ThreeUnacceptedAssignments_RaisesFlagSinceTheThird()
    {
        var flag = Flags(Team()
            .Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2"])
            .Activity(ActivityKind.TaskAssigned, 2, "p1", ["p3"])
            .Activity(ActivityKind.TaskAssigned, 3, "p1", ["p4"], accepted: false)).ShouldHaveSingleItem();

        flag.Subject.ShouldBe("course-1");
        flag.People.ShouldBe(["p1"]);
        flag.Since.ShouldBe(Day(3));
        flag.Message.ShouldContain("3 tasks");
    }

    [Fact]
    public void Assess_OneTaskToThreePeople_IsThreeAssignments()
    {
        Flags(Team().Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2", "p3", "p4"])).ShouldHaveSingleItem();
    }

    [Fact]
    public void Assess_TwoUnacceptedAssignments_RaisesNoFlag()
    {
        Flags(Team().Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2", "p3"])).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_AcceptedAssignments_DoNotCount()
    {
        Flags(Team().Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2", "p3"]).Activity(ActivityKind.TaskAssigned, 2, "p1", ["p4"], accepted: true)).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_AssigningToOneself_DoesNotCount()
    {
        Flags(Team().Activity(ActivityKind.TaskAssigned, 1, "p1", ["p1", "p2", "p3"])).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_AssignmentsByDifferentPeople_AreNotAddedTogether()
    {
        Flags(Team().Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2", "p3"]).Activity(ActivityKind.TaskAssigned, 2, "p2", ["p4"])).ShouldBeEmpty();
    }

    [Fact]
    public void Assess_TwoPeopleTellingOthers_OneFlagNamingBoth()
    {
        var flag = Flags(Team()
            .Activity(ActivityKind.TaskAssigned, 1, "p1", ["p2", "p3", "p4"])
            .Activity(ActivityKind.TaskAssigned, 2, "p2", ["p1", "p3", "p4"])).ShouldHaveSingleItem();

        flag.People.ShouldBe(["p1", "p2"]);
        flag.Since.ShouldBe(Day(1));
    }
}
