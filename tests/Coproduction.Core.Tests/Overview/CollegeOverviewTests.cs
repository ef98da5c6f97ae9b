using System.Text.RegularExpressions;
using Coproduction.Checklist;
using Coproduction.Model;
using Coproduction.Report;

namespace Coproduction.Overview;

/// <summary>
/// The college overview: every course in one table, the charts' figures from the history, trends at
/// the edges of their window, small counts of flags not written, no person named, the same records
/// giving the same bytes.
/// </summary>
public sealed class CollegeOverviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToHtml_TheSamples_ListsEachCourseWithItsChecklistFlagsAndSiteNamingNoOne()
    {
        var samples = new[] { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" }.Select(name => (Name: name, Snapshot: ReportFixtures.Sample(name))).ToList();

        var html = CollegeOverview.ToHtml(samples.Select(s => OverviewCourse.Of(s.Name, s.Snapshot, ReportFixtures.Assess(s.Snapshot))), []);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        foreach (var (name, snapshot) in samples)
        {
            html.ShouldContain($"<bdi>{snapshot.Course.Title}</bdi>");
            html.ShouldContain($"<bdi>{name}</bdi>");
            foreach (var person in snapshot.People)
            {
                Regex.IsMatch(html, $@"\b{Regex.Escape(person.DisplayName)}\b", RegexOptions.IgnoreCase).ShouldBeFalse($"{person.DisplayName}: the overview is courses and counts only");
                html.ShouldNotContain(person.Id + "<", Case.Sensitive);
            }

            snapshot.People.SelectMany(p => p.Experience).SelectMany(e => e.Topics)
                .Where(t => t.Length > 3 && !samples.Any(s => (s.Snapshot.Course.Id + s.Snapshot.Course.Title).Contains(t, StringComparison.OrdinalIgnoreCase)))
                .ShouldAllBe(topic => !html.Contains(topic, StringComparison.OrdinalIgnoreCase));
        }

        html.ShouldContain("3 courses on 3 sites");
        html.ShouldContain("Pulling rank: 1");
        html.ShouldContain("\u2714 met");
        html.ShouldContain("no history", Case.Sensitive, "snapshot files carry no history");
        html.ShouldContain("Not known: this overview was made without the worker");
    }

    [Fact]
    public void ToHtml_FlagsOfAMonthUnderTheSmallestCount_AreNotWritten()
    {
        var history = new[]
        {
            Point("a", Now.AddMonths(-2), score: 6, opened: ["pullingRank", "soleFocus"]),
            Point("b", Now.AddMonths(-1), score: 6, opened: ["pullingRank", "soleFocus", "overReviewing"]),
            Point("a", Now.AddDays(-1), score: 8, resolved: ["pullingRank"]),
        };

        var html = CollegeOverview.ToHtml([Course("a", 8), Course("b", 6)], history);

        html.ShouldContain("<tr><th scope=\"row\">April 2026</th><td class=\"n\">fewer than 3</td><td class=\"n\">none</td></tr>");
        html.ShouldContain("<tr><th scope=\"row\">May 2026</th><td class=\"n\">3</td><td class=\"n\">none</td></tr>");
        html.ShouldContain("<tr><th scope=\"row\">June 2026</th><td class=\"n\">none</td><td class=\"n\">fewer than 3</td></tr>");
        html.ShouldContain("opened: fewer than 3", Case.Sensitive, "the chart says no more than the table");
        html.ShouldNotContain("opened: 2");
        html.ShouldNotContain("resolved: 1");
    }

    [Theory]
    [InlineData(27, "new since")]
    [InlineData(28, "\u25B2 up 2 since 18 May 2026")]
    [InlineData(29, "\u25B2 up 2 since 17 May 2026")]
    public void ToHtml_ATrendAtTheEdgeOfItsWindow_MeasuresFromTheLastRecordAtOrBeforeItsStart(int daysAgo, string trend)
    {
        var html = CollegeOverview.ToHtml([Course("a", 8)], [Point("a", Now.AddDays(-daysAgo), score: 6), Point("a", Now, score: 8)]);

        html.ShouldContain(trend);
    }

    [Fact]
    public void ToHtml_ScoreFellOrStayed_SaysSo()
    {
        var history = new[] { Point("down", Now.AddDays(-40), score: 9), Point("same", Now.AddDays(-40), score: 5) };

        var html = CollegeOverview.ToHtml([Course("down", 7), Course("same", 5)], history);

        html.ShouldContain("\u25BC down 2 since 6 May 2026");
        html.ShouldContain("no change since 6 May 2026");
    }

    [Fact]
    public void ToHtml_ACourseDeletedAndOneReady_CountsReadinessAsEachMonthEnded()
    {
        var history = new[]
        {
            Point("gone", Now.AddMonths(-2), score: 12, ready: true),
            new OverviewPoint { Site = "s", CourseId = "gone", At = Now.AddMonths(-1).AddDays(-5), Deleted = true },
            Point("a", Now.AddMonths(-2), score: 4),
            Point("a", Now.AddDays(-3), score: 12, ready: true),
        };

        var html = CollegeOverview.ToHtml([Course("a", 12, ready: true)], history);

        html.ShouldContain("<tr><th scope=\"row\">April 2026</th><td class=\"n\">1</td><td class=\"n\">2</td></tr>");
        html.ShouldContain("<tr><th scope=\"row\">May 2026</th><td class=\"n\">0</td><td class=\"n\">1</td></tr>", Case.Sensitive, "the deleted course is no longer counted");
        html.ShouldContain("<tr><th scope=\"row\">June 2026</th><td class=\"n\">1</td><td class=\"n\">1</td></tr>");
    }

    [Fact]
    public void ToHtml_ACourseDeletedAfterTheLastAssessment_IsNotCountedThisMonth()
    {
        var history = new[]
        {
            Point("a", Now.AddDays(-3), score: 12, ready: true),
            Point("b", Now.AddDays(-3), score: 12, ready: true, opened: ["soleFocus", "pullingRank", "overReviewing"]),
            new OverviewPoint { Site = "s", CourseId = "b", At = Now.AddHours(2), Deleted = true, Resolved = ["soleFocus", "pullingRank", "overReviewing"] },
        };

        var html = CollegeOverview.ToHtml([Course("a", 12, ready: true, at: Now.AddDays(-3))], history);

        html.ShouldContain("<tr><th scope=\"row\">June 2026</th><td class=\"n\">1</td><td class=\"n\">1</td></tr>", Case.Sensitive, "the deleted course no longer counts");
        html.ShouldContain("<tr><th scope=\"row\">June 2026</th><td class=\"n\">3</td><td class=\"n\">3</td></tr>", Case.Sensitive, "its deletion resolved its flags");
        html.ShouldContain("as it stood on 15 June 2026", Case.Sensitive, "the moment is the deletion's, the latest the records know");
    }

    [Fact]
    public void ToHtml_TheSameRecordsInAnotherOrder_GiveTheSameBytes()
    {
        var history = new[] { Point("a", Now.AddDays(-40), score: 6, opened: ["soleFocus"]), Point("b", Now.AddDays(-2), score: 3), Point("a", Now, score: 8) };

        var once = CollegeOverview.ToHtml([Course("a", 8), Course("b", 3)], history);
        var again = CollegeOverview.ToHtml([Course("b", 3), Course("a", 8)], history.Reverse());

        again.ShouldBe(once);
        once.ShouldContain("as it stood on 15 June 2026", Case.Sensitive, "the moment is the latest assessment's, not the clock's");
    }

    [Fact]
    public void ToHtml_AHostileTitle_IsShownAsTheWordsItIs()
    {
        var course = Course("a", 1);
        var hostile = new OverviewCourse
        {
            Site = "<img src=x onerror=alert(1)>", CourseId = "a", Title = "<script>alert(1)</script>", Stage = course.Stage, Score = 1, ReadyForQuality = false, Checklist = course.Checklist, LastAssessed = Now,
        };

        var html = CollegeOverview.ToHtml([hostile], []);

        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void ToHtml_NoCourse_SaysSo()
    {
        CollegeOverview.ToHtml([], []).ShouldContain("No course has been assessed yet.");
    }

    [Theory]
    [InlineData(1, 28, 12, "SmallestCountShown must be 2 or more")]
    [InlineData(3, 0, 12, "TrendOver must be from one day to a year")]
    [InlineData(3, 28, 0, "Months must be 1 to 60")]
    public void ToHtml_AnOptionThatMakesNoSense_IsRefusedNamingIt(int smallest, int trendDays, int months, string problem)
    {
        var options = new CollegeOverviewOptions { SmallestCountShown = smallest, TrendOver = TimeSpan.FromDays(trendDays), Months = months };

        Should.Throw<ArgumentException>(() => CollegeOverview.ToHtml([], [], options)).Message.ShouldStartWith(problem);
    }

    private static OverviewCourse Course(string id, int score, bool ready = false, DateTimeOffset? at = null) => new()
    {
        Site = "s",
        CourseId = id,
        Title = $"Course {id}",
        Stage = Stage.Developing,
        Score = score,
        ReadyForQuality = ready,
        Checklist = Enum.GetValues<ChecklistItem>().ToDictionary(i => i, _ => ChecklistStatus.PartlyMet),
        LastAssessed = at ?? Now,
    };

    private static OverviewPoint Point(string id, DateTimeOffset at, int score, bool ready = false, string[]? opened = null, string[]? resolved = null) => new()
    {
        Site = "s", CourseId = id, At = at, Stage = Stage.Developing, Score = score, ReadyForQuality = ready, Opened = opened ?? [], Resolved = resolved ?? [],
    };
}
