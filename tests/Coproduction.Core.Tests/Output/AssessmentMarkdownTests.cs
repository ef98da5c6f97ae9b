using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Assessment.CourseBuilder;

namespace Coproduction.Output;

public sealed class AssessmentMarkdownTests
{
    [Fact]
    public void Write_Assessment_ShowsChecklistFlagsAndLifecycle()
    {
        var snapshot = new CourseBuilder().Core("p1", Lived()).Core("p2").Decision("d1", 1, "p1").Build();
        var text = AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);

        text.ShouldContain("# Co-production assessment: Managing Sleep");
        text.ShouldContain("| There is relevant lived experience | partly met | 1 |");
        text.ShouldContain("**pushedThroughWithoutFeedback** on d1");
        text.ShouldContain("submitForQuality is not possible yet");
    }

    [Fact]
    public void Write_TextFromTheSnapshot_CannotBreakTheTableOrInjectMarkup()
    {
        var snapshot = new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1")]).Build();
        snapshot = snapshot with
        {
            Course = snapshot.Course with { Title = "<script>alert(1)</script> | *bold*" },
            Materials = [snapshot.Materials[0] with { Title = "Slides | with a [link](http://x)\nand a new line" }],
        };
        var text = AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);

        text.ShouldContain(@"\<script\>alert(1)\</script\> \| \*bold\*");
        text.ShouldNotContain("<script>");
        text.ShouldContain(@"Slides \| with a \[link\](http://x) and a new line");
        var row = text.Split('\n').Where(line => line.StartsWith("| All materials", StringComparison.Ordinal)).ShouldHaveSingleItem();
        row.Replace(@"\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|').ShouldBe(6, "five cells have six borders");
    }

    [Fact]
    public void Write_PeoplesNames_NeverAppear()
    {
        var snapshot = new CourseBuilder().Core("p1", Lived()).Core("p2", Learned()).Meeting(1, "p1", "p2").Decision("d1", 2, "p1").Build();
        var text = AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);

        foreach (var person in snapshot.People)
        {
            text.ShouldNotContain(person.DisplayName);
        }
    }
}
