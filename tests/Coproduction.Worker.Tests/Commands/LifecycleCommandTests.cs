namespace Coproduction.Worker.Commands;

public sealed class LifecycleCommandTests
{
    [Fact]
    public async Task Lifecycle_Default_PrintsAMermaidStateDiagram()
    {
        var (exitCode, output, _) = await CommandLine.RunAsync("lifecycle");

        exitCode.ShouldBe(0);
        output.ShouldStartWith("stateDiagram-v2");
        output.ShouldContain("Developing --> QualityReview : SubmitForQuality [ready for quality review]");
    }

    [Fact]
    public async Task Lifecycle_DotFormat_PrintsAGraphvizGraph()
    {
        var (exitCode, output, _) = await CommandLine.RunAsync("lifecycle", "--format", "dot");

        exitCode.ShouldBe(0);
        output.ShouldStartWith("digraph {");
        output.ShouldContain("\"Live\" -> \"UnderReview\"");
    }
}
