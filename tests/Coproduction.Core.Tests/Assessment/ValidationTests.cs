using Coproduction.Model;
using Coproduction.Snapshots;

namespace Coproduction.Assessment;

/// <summary>A snapshot built in code, not read from a document, is held to the same rules before it is assessed.</summary>
public sealed class ValidationTests
{
    private static CourseSnapshot Valid() => new CourseBuilder().CoreTeam("p1", "p2").Decision("d1", 2, "p1").Build();

    public static TheoryData<string, Func<CourseSnapshot, CourseSnapshot>, string> Broken => new()
    {
        { "$.decisions[0].by", s => s with { Decisions = [s.Decisions[0] with { By = "ghost" }] }, "no person has id 'ghost'" },
        { "$.people[1].id", s => s with { People = [s.People[0], s.People[0]] }, "another person already has this id, at $.people[0].id" },
        { "$.taxonomy[0]", s => s with { Taxonomy = new Dictionary<string, string> { ["a"] = "b", ["b"] = "a" } }, "its own ancestor" },
        { "$.taxonomy[1]", s => s with { Taxonomy = new Dictionary<string, string> { ["A"] = "x", ["a"] = "y" } }, "already that of $.taxonomy[0]" },
        { "$.course.topics", s => s with { Course = s.Course with { Topics = [] } }, "at least one topic" },
        { "$.activities[0]", s => s with { Activities = [new Activity { Id = "a1", Kind = ActivityKind.Feedback, At = CourseBuilder.Day(1), By = "p1" }] }, "'on' is missing" },
        { "$.stageHistory[1].at", s => s with { StageHistory = [new(CourseBuilder.Day(2), Stage.Proposed, Stage.Scoping, "p1"), new(CourseBuilder.Day(1), Stage.Scoping, Stage.Developing, "p1")] }, "time order" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task Assess_SnapshotBreakingARule_IsRefusedWithThePathNotACrashOrAHang(string path, Func<CourseSnapshot, CourseSnapshot> breakIt, string problem)
    {
        var snapshot = breakIt(Valid());

        // Run apart so that a circle in the taxonomy would fail the test rather than hang the run.
        var error = await Should.ThrowAsync<SnapshotFormatException>(
            Task.Run(() => new CourseAssessor().Assess(snapshot, CourseBuilder.Day(30))).WaitAsync(TimeSpan.FromSeconds(30)));

        error.Path.ShouldBe(path);
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void Validate_EverySample_Passes()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json"))
        {
            Should.NotThrow(() => SnapshotValidator.Validate(SnapshotSerializer.Deserialize(File.ReadAllText(file))), file);
        }
    }
}
