namespace Coproduction.Browser.Pages;

/// <summary>
/// The pages the browser tests open, each written by the <c>coproduction</c> command line exactly as
/// a person would write it. Every test runs over every case, so a new page is one more line here.
/// </summary>
internal static class PageCases
{
    public static readonly IReadOnlyList<PageCase> All =
    [
        new("evidence-report-drifting", ["report", Sample("drifting-course.json")], Screenshots: "evidence-report"),
        new("evidence-report-healthy", ["report", Sample("healthy-new-course.json")]),

        // Its tables of "You said, we did" and "Delivery" with rows, and a long reason to wrap.
        new("evidence-report-answered", ["report", Path.Combine(AppContext.BaseDirectory, "Pages", "answered-course.json")]),
        new("overview", ["overview", Sample("healthy-new-course.json"), Sample("drifting-course.json"), Sample("course-under-review.json")], Screenshots: "overview"),
    ];

    /// <summary>The case names, for xunit to list each case as a test of its own.</summary>
    public static TheoryData<string> Names => new(All.Select(c => c.Name));

    /// <summary>Each case at each width the layout must hold.</summary>
    public static TheoryData<string, string> NamesByViewport
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var page in All)
            {
                foreach (var viewport in Viewports.Screens)
                {
                    data.Add(page.Name, viewport.Name);
                }
            }

            return data;
        }
    }

    public static PageCase Named(string name) => All.Single(c => c.Name == name);

    private static string Sample(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);
}

/// <summary>
/// A page to test: its name, the command that writes it (less <c>--output</c>), and the name its
/// screenshots in docs/images take (<c>NAME-phone.png</c>, <c>NAME-desktop.png</c>), if the docs show it.
/// </summary>
internal sealed record PageCase(string Name, IReadOnlyList<string> Arguments, string? Screenshots = null);
