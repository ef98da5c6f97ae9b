namespace Coproduction.Browser.Pages;

/// <summary>Fails with one line a problem, rather than the list printed twice as Shouldly would.</summary>
internal static class ProblemList
{
    public static void ShouldBeNone(this IReadOnlyCollection<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            throw new ShouldAssertException($"{what}: {problems.Count} problem(s)\n{string.Join('\n', problems)}");
        }
    }

    /// <summary>
    /// No problems, unless the page has a known defect for this check: then there must be some, and
    /// once there are none the test fails, so that the known defect is not left listed after its fix.
    /// </summary>
    public static void ShouldBeNoneBut(this IReadOnlyCollection<string> problems, string what, PageCase page, string check)
    {
        if (!page.KnownDefects.TryGetValue(check, out var defect))
        {
            problems.ShouldBeNone(what);
            return;
        }

        if (problems.Count == 0)
        {
            throw new ShouldAssertException($"{what}: the known defect of {page.Name} ({defect}) is gone: take it out of PageCases.");
        }
    }
}
