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
}
