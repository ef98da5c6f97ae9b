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
    public void Write_InputsWaitingAndSessionsNotCoDelivered_SaysWhatIsOpen()
    {
        var snapshot = new CourseBuilder().Core("p1", Lived()).Core("p2", Learned()).FocusGroupMember("f1").Material("m1", [(0, "p1")])
            .FocusGroup(1, "p1", ["f1"]).Feedback(2, "f1", "m1", response: Answer(3, "p1", ResponseOutcome.Adopted)).Feedback(20, "f1", "m1")
            .Session("s1", 5, "p1", "p2").Session("s2", 6, "p1")
            .Build();
        var text = AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);

        text.ShouldContain("## You said, we did\n\n- Input from outside the core team: 3; answered: 1 (adopted 1, adapted 0, not adopted 0)\n- Waiting for an answer: **2**, of which overdue: **1** (see the inputNotAnswered flags above)\n");
        text.ShouldContain("## Delivery\n\n- Sessions delivered: 2; co-delivered: 1; not co-delivered: **1**\n");
        text.ShouldContain("**notCoDelivered** on course-1");
    }

    [Fact]
    public void Write_NothingFromOutsideAndNoSessions_SaysSo()
    {
        var snapshot = new CourseBuilder().Core("p1").Build();
        var text = AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);

        text.ShouldContain("No input from outside the core team in this cycle.");
        text.ShouldContain("No session delivered in this cycle is recorded.");
    }

    [Fact]
    public void Write_TextFromTheSnapshot_CannotBreakTheTableOrInjectMarkup()
    {
        var text = WrittenWithTitles("<script>alert(1)</script> | *bold*", "Slides | with a [link](http://x)\nand a new line");

        text.ShouldContain(@"\<script\>alert(1)\</script\> \| \*bold\*");
        text.ShouldNotContain("<script>");
        text.ShouldContain(@"Slides \| with a \[link\](http://x) and a new line");
        var row = text.Split('\n').Where(line => line.StartsWith("| All materials", StringComparison.Ordinal)).ShouldHaveSingleItem();
        row.Replace(@"\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|').ShouldBe(6, "five cells have six borders");
    }

    [Fact]
    public void Write_TitleWithARightToLeftOverride_HoldsNoBidirectionalControl()
    {
        var text = WrittenWithTitles("\u202Efdp.exe\u202C sleep", "\u2067slides\u2069\u200E");

        text.ShouldContain("# Co-production assessment: fdp.exe sleep");
        text.ShouldContain("\u201Cslides\u201D (m1)");
        text.IndexOfAny(['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']).ShouldBe(-1);
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

    /// <summary>The summary of a course of one core member and one material, with the titles given.</summary>
    private static string WrittenWithTitles(string courseTitle, string materialTitle)
    {
        var snapshot = new CourseBuilder().CoreTeam("p1").Material("m1", [(1, "p1")]).Build();
        snapshot = snapshot with
        {
            Course = snapshot.Course with { Title = courseTitle },
            Materials = [snapshot.Materials[0] with { Title = materialTitle }],
        };
        return AssessmentMarkdown.Write(new CourseAssessor().Assess(snapshot, Day(30)), snapshot.Course);
    }
}
