using Coproduction.Model;
using static Coproduction.Snapshots.SnapshotDocuments;

namespace Coproduction.Snapshots;

/// <summary>
/// A message names where the problem is and what is wrong, never what the document holds there:
/// the value may be a person's own words or a topic tag, and messages end up in logs and tickets.
/// And a rule is checked in one place, so a document and a snapshot built in code that break it
/// get the same message.
/// </summary>
public sealed class SnapshotMessagesTests
{
    private const string Secret = "psychosis";

    public static TheoryData<string, string, string> SecretValues => new()
    {
        { "an experience kind", SpecExample.With("people[0].experience[0].kind", Secret), "$.people[0].experience[0].kind" },
        { "a stage", SpecExample.With("course.stage", Secret), "$.course.stage" },
        { "a time", SpecExample.With("activities[1].at", Secret), "$.activities[1].at" },
        { "the format", SpecExample.With("format", Secret), "$.format" },
        { "a number", SpecExample.With("people[1].seniority", Node("-1")), "$.people[1].seniority" },
        { "a taxonomy circle", SpecExample.With("taxonomy", Node($$"""{ "sleep": "{{Secret}}", "{{Secret}}": "sleep" }""")), "$.taxonomy[0]" },
        { "a topic that is its own ancestor", SpecExample.With("taxonomy", Node($$"""{ "insomnia": "sleep", "{{Secret}}": "{{Secret}}" }""")), "$.taxonomy[1]" },
        { "a taxonomy topic twice ignoring case", SpecExample.With("taxonomy", Node($$"""{ "{{Secret}}": "health", "{{Secret.ToUpperInvariant()}}": "health" }""")), "$.taxonomy[1]" },
        { "a taxonomy topic twice to the letter", SpecExample.Replace("\"nightmares\": \"sleep\"", $"\"{Secret}\": \"a\", \"{Secret}\": \"b\"", StringComparison.Ordinal), "$.taxonomy[2]" },
        { "a broader topic of the wrong type", SpecExample.With("taxonomy", Node($$"""{ "{{Secret}}": 5 }""")), "$.taxonomy[0]" },
    };

    [Theory]
    [MemberData(nameof(SecretValues))]
    public void Deserialize_BadValue_NamesItsPathButNeverTheValue(string description, string document, string path)
    {
        var error = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document), description);

        error.Path.ShouldBe(path, description);
        error.Message.ShouldStartWith(path + ": ", Case.Sensitive, description);
        error.Message.ShouldNotContain(Secret, Case.Insensitive, description);
        error.Message.ShouldNotContain("-1", Case.Sensitive, description);
    }

    [Fact]
    public void Validate_TaxonomyCircleBuiltInCode_NamesTheEntryByPosition()
    {
        var snapshot = SnapshotSerializer.Deserialize(SpecExample) with
        {
            Taxonomy = new Dictionary<string, string> { ["insomnia"] = "sleep", [Secret] = "health", ["health"] = Secret },
        };

        var error = Should.Throw<SnapshotFormatException>(() => SnapshotValidator.Validate(snapshot));

        error.Path.ShouldBe("$.taxonomy[1]");
        error.Message.ShouldNotContain(Secret, Case.Insensitive);
    }

    public static TheoryData<string, string, Func<CourseSnapshot, CourseSnapshot>> OneRuleTwoWays => new()
    {
        { "a duplicate id", SpecExample.With("people[1].id", "p1"), s => s with { People = [s.People[0], s.People[1] with { Id = "p1" }, s.People[2]] } },
        { "a blank id", SpecExample.With("materials[0].id", " "), s => s with { Materials = [s.Materials[0] with { Id = " " }] } },
        { "no topic", SpecExample.With("course.topics", Node("[]")), s => s with { Course = s.Course with { Topics = [] } } },
        { "no version", SpecExample.With("materials[0].versions", Node("[]")), s => s with { Materials = [s.Materials[0] with { Versions = [] }] } },
        { "feedback on nothing", SpecExample.Without("activities[1].on"), s => s with { Activities = [s.Activities[0], s.Activities[1] with { On = null }, s.Activities[2]] } },
        { "a focus group without a method", SpecExample.Without("activities[2].method"), s => s with { Activities = [s.Activities[0], s.Activities[1], s.Activities[2] with { Method = null }] } },
        { "stage history out of order", SpecExample.With("stageHistory[1].at", "2026-02-19T10:00:00Z"), s => s with { StageHistory = [s.StageHistory[0], s.StageHistory[1] with { At = s.StageHistory[0].At.AddDays(-1) }] } },
        { "a taxonomy circle", SpecExample.With("taxonomy", Node("""{ "sleep": "insomnia", "insomnia": "sleep" }""")), s => s with { Taxonomy = new Dictionary<string, string> { ["sleep"] = "insomnia", ["insomnia"] = "sleep" } } },
        { "a reference to no one", SpecExample.With("decisions[0].by", "p9"), s => s with { Decisions = [s.Decisions[0] with { By = "p9" }] } },
    };

    [Theory]
    [MemberData(nameof(OneRuleTwoWays))]
    public void DeserializeAndValidate_TheSameRuleBroken_GiveTheSameMessage(string description, string document, Func<CourseSnapshot, CourseSnapshot> breakIt)
    {
        var read = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document), description);
        var built = Should.Throw<SnapshotFormatException>(() => SnapshotValidator.Validate(breakIt(SnapshotSerializer.Deserialize(SpecExample))), description);

        built.Message.ShouldBe(read.Message, description);
    }
}
