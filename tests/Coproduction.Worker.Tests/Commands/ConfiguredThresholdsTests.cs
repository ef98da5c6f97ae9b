using Coproduction.Assessment;
using Coproduction.Output;
using Coproduction.Snapshots;
using Coproduction.Worker.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Commands;

/// <summary>assess and report take the worker's own thresholds (Coproduction:Assessment), so that they never disagree with it.</summary>
public sealed class ConfiguredThresholdsTests
{
    private static readonly string Drifting = Path.Combine(AppContext.BaseDirectory, "samples", "drifting-course.json");

    [Fact]
    public async Task Assess_ThresholdInTheEnvironment_ChangesTheAssessmentAsItChangesTheWorkers()
    {
        var snapshot = SnapshotSerializer.Deserialize(await File.ReadAllTextAsync(Drifting));
        using var worker = RunCommand.Build(new Dictionary<string, string?> { ["Coproduction:Assessment:UnacceptedAssignments"] = "50" }, new FakeTimeProvider(), service: false);
        var workers = AssessmentJson.Serialize(Configured.Get<CourseAssessor>(worker.Services).Assess(snapshot, snapshot.AsOf!.Value));

        var usual = await ProgramProcess.RunAsync(["assess", Drifting]);
        var configured = await ProgramProcess.RunAsync(["assess", Drifting], new Dictionary<string, string> { ["Coproduction__Assessment__UnacceptedAssignments"] = "50" });

        usual.Output.ShouldContain("tellingPeopleWhatToWorkOn");
        configured.ExitCode.ShouldBe(0, configured.Error);
        configured.Output.ShouldNotContain("tellingPeopleWhatToWorkOn");
        configured.Output.ShouldBe(workers);
    }

    [Fact]
    public async Task Report_ThresholdInTheEnvironment_ChangesTheFlagsItShows()
    {
        var usual = await ProgramProcess.RunAsync(["report", Drifting, "--format", "markdown"]);
        var configured = await ProgramProcess.RunAsync(["report", Drifting, "--format", "markdown"], new Dictionary<string, string> { ["Coproduction__Assessment__UnacceptedAssignments"] = "50" });

        configured.ExitCode.ShouldBe(0, configured.Error);
        configured.Output.ShouldNotBe(usual.Output);
    }

    [Theory]
    [InlineData("assess")]
    [InlineData("report")]
    public async Task Command_ThresholdThatMakesNoSense_ExitsTwoNamingItAsRunDoes(string command)
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync([command, Drifting], new Dictionary<string, string> { ["Coproduction__Assessment__SoleFocusShare"] = "2" });

        exitCode.ShouldBe(2);
        error.ShouldBe("coproduction: Coproduction:Assessment: SoleFocusShare must be a share above 0 and at most 1, not 2.");
        output.ShouldBeEmpty();
    }
}
