namespace Coproduction.Report;

public sealed class EvidenceReportMarkdownTests
{
    [Fact]
    public void ToMarkdown_Sample_HasTheSameSectionsAsTheHtml()
    {
        var markdown = ReportFixtures.Markdown(ReportFixtures.Sample("drifting-course.json"));

        markdown.ShouldStartWith("# Co-production evidence: Understanding Anxiety\n");
        foreach (var heading in new[]
        {
            "## Summary", "## The co-production checklist", "## Experience in the team", "## How the work was shared",
            "## Focus groups", "## Decisions", "## Flags for the team to review", "## The cycle at a glance",
            "## Where the course is and what can happen next",
        })
        {
            markdown.ShouldContain($"\n{heading}\n");
        }

        markdown.ShouldNotContain("\n\n\n");
    }

    [Fact]
    public void ToMarkdown_Lifecycle_IsAMermaidDiagramMarkingTheCurrentStage()
    {
        var markdown = ReportFixtures.Markdown(ReportFixtures.Sample("course-under-review.json"));

        markdown.ShouldContain("```mermaid\nstateDiagram-v2\n");
        markdown.ShouldContain("    class UnderReview current\n");
        markdown.TrimEnd().ShouldEndWith("```");
    }

    [Fact]
    public void ToMarkdown_Tables_HaveAsManyCellsAsHeaders()
    {
        var markdown = ReportFixtures.Markdown(ReportFixtures.Hostile("a | b \\| c"), showNames: true);
        var tables = markdown.Split('\n').Where(l => l.StartsWith('|')).Select(l => l.Replace(@"\|", string.Empty, StringComparison.Ordinal));

        foreach (var group in tables.GroupBy(l => l.Count(c => c == '|')))
        {
            group.Key.ShouldBeGreaterThan(2);
        }

        markdown.ShouldContain(@"a \| b \\\| c");
    }
}
