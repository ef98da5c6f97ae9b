using Coproduction.Graph;
using Coproduction.Graph.Connection;

namespace Coproduction.Worker.Cli;

/// <summary>
/// A Graph client for one command, with the command line's mistakes and Graph's refusals turned
/// into input problems (exit 2) that name the option or what Graph said.
/// </summary>
internal static class GraphSession
{
    public static CoproductionGraphClient Open(string graphUrl)
    {
        var options = new CoproductionGraphOptions { GraphUrl = graphUrl };
        return options.Problems() is { Count: > 0 } problems
            ? throw new InputException($"--graph-url: {string.Join(" ", problems)}")
            : new CoproductionGraphClient(options);
    }

    public static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (ArgumentException ex) when (ex.ParamName == "siteUrl")
        {
            throw new InputException($"--site: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
        }
        catch (CoproductionGraphException ex) when (ex.Status is null or 400 or 401 or 403 or 404)
        {
            throw new InputException(ex.Message, ex);
        }
    }
}
