using System.Text.Json;
using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Output;

public sealed class AssessmentJsonTests
{
    private static CourseBuilder Drifting() => new CourseBuilder()
        .Core("p1", Lived()).Core("p2", Learned()).CoreTeam("p3")
        .Material("m1", [(1, "p1"), (2, "p1"), (3, "p1")])
        .Decision("d1", 4, "p1", exemption: Exemption.Managerial)
        .Meeting(5, "p1", "p2")
        .Contributions(6, "p2");

    [Fact]
    public void Serialize_Assessment_HasExactlyTheMembersOfTheRulesInTheirOrder()
    {
        using var json = JsonDocument.Parse(AssessmentJson.Serialize(Drifting().Assess()));
        var root = json.RootElement;

        root.EnumerateObject().Select(p => p.Name).ShouldBe(["courseId", "asOf", "stage", "score", "readyForQuality", "checklist", "flags", "permittedTriggers", "youSaidWeDid", "coDelivery"]);
        root.GetProperty("checklist").EnumerateArray().ShouldAllBe(item =>
            item.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "item", "status", "score", "reason", "evidence" }));
        root.GetProperty("flags").GetArrayLength().ShouldBeGreaterThan(0);
        root.GetProperty("flags").EnumerateArray().ShouldAllBe(flag =>
            flag.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "kind", "subject", "people", "since", "message" }));
    }

    [Fact]
    public void Serialize_Assessment_WritesTheFormatsWords()
    {
        using var json = JsonDocument.Parse(AssessmentJson.Serialize(Drifting().Assess(asOfDay: 10)));
        var root = json.RootElement;

        root.GetProperty("courseId").GetString().ShouldBe("course-1");
        root.GetProperty("asOf").GetString().ShouldBe("2026-03-11T09:00:00Z");
        root.GetProperty("stage").GetString().ShouldBe("developing");
        root.GetProperty("checklist")[0].GetProperty("item").GetString().ShouldBe("relevantLearnedExperience");
        root.GetProperty("checklist")[0].GetProperty("status").GetString().ShouldBe("met");
        root.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ShouldContain("partlyMet");
        root.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("status").GetString()).ShouldContain("notMet");
        root.GetProperty("flags")[0].GetProperty("kind").GetString().ShouldBe("soleAuthorWithoutFeedback");
        root.GetProperty("flags")[0].GetProperty("since").GetString().ShouldBe("2026-03-02T09:00:00Z");
        root.GetProperty("permittedTriggers").EnumerateArray().Select(t => t.GetString()).ShouldBe(["withdraw"]);
    }

    [Fact]
    public void Serialize_SameSnapshotAndMoment_GivesTheSameBytes()
    {
        var snapshot = Drifting().Build();
        var asOf = Day(10);

        var first = AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, asOf));
        var second = AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, asOf));

        second.ShouldBe(first);
    }

    [Fact]
    public void Serialize_MomentWithAnOffset_IsWrittenInUtc()
    {
        var snapshot = Drifting().Build();
        var sameMoment = new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(1));

        AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, sameMoment))
            .ShouldBe(AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, Day(10))));
    }

    [Fact]
    public void Serialize_Output_UsesNewLinesAndTwoSpaceIndents()
    {
        var text = AssessmentJson.Serialize(Drifting().Assess());

        text.ShouldNotContain("\r");
        text.ShouldStartWith("{\n  \"courseId\"");
        text.ShouldEndWith("}\n");
    }
}
