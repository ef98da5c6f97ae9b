namespace Coproduction.Worker.Passes;

public sealed class ReportFileNameTests
{
    [Theory]
    [InlineData("sleep-2026", "sleep-2026-evidence.html")]
    [InlineData("understanding-anxiety-2026", "understanding-anxiety-2026-evidence.html")]
    public void Of_PlainCourseId_IsTheIdItself(string courseId, string expected) => ReportFileName.Of(courseId).ShouldBe(expected);

    [Theory]
    [InlineData("a:b")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("~$lock")]
    [InlineData("x_vti_y")]
    [InlineData("CON")]
    [InlineData("* \" < > ? \\ |")]
    [InlineData("")]
    public void Of_IdSharePointWouldRefuse_IsANameOfSafeCharactersOnly(string courseId) =>
        ReportFileName.Of(courseId).ShouldMatch("^[a-z0-9-]+~[0-9a-f]{12}-evidence\\.html$");

    [Fact]
    public void Of_IdsThatDifferOnlyInCaseOrUnsafeCharacters_AreDifferentFiles()
    {
        string[] ids = ["sleep-2026", "Sleep-2026", "SLEEP-2026", "sleep:2026", "sleep/2026", "sleep 2026", "sleep--2026", "sleep-2026-", "sleep.2026"];

        ids.Select(ReportFileName.Of).Select(n => n.ToUpperInvariant()).ShouldBeUnique("SharePoint compares file names ignoring case");
    }

    [Fact]
    public void Of_VeryLongId_StaysWithinSharePointsNameLimit() =>
        ReportFileName.Of(new string('a', 400)).Length.ShouldBeLessThan(100);
}
