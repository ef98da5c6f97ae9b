using Azure.Identity;
using Coproduction.Graph;
using Coproduction.Worker.State;
using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.Hosting;

/// <summary>
/// Where a failure belongs, so that it stops no more than it must: a fault of the host (signing in,
/// the state file) stops the worker, a failure of Graph or a site stops that site's pass, anything
/// else met while a course is worked on stops that course. And what of it may be logged: only what
/// this program wrote itself, never another library's text, which may quote a value (an e-mail, a topic).
/// </summary>
internal static class Failures
{
    /// <summary>A fault of the host rather than of a site: no site can be worked on until it is mended.</summary>
    public static bool IsHostFault(Exception exception) => Chain(exception).Any(IsHostFaultItself);

    /// <summary>
    /// A failure that belongs to the course being worked on: not the host's, not a cancellation, and not
    /// Graph failing as a whole (no answer, throttled, refused sign-in, the site or a list gone); Graph
    /// refusing one request for what it holds (<see cref="CoproductionGraphException.IsRefusal"/>) is the course's.
    /// </summary>
    public static bool IsCourseFault(Exception exception) => !IsHostFault(exception) && exception switch
    {
        OperationCanceledException => false,
        // A conflict over one request the course made (an upload's name taken: 409) is the course's too.
        CoproductionGraphException graph => graph.IsRefusal || graph.Status == 409,
        _ => true,
    };

    /// <summary>
    /// What may be logged of a failure: this library's own message (ids, statuses, Graph's error
    /// codes), else only the exception's type and where it was thrown.
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        CoproductionGraphException graph => graph.Message,
        StateFileException => "the state file cannot be used",
        _ => $"{exception.GetType().Name} at {Where(exception)}",
    };

    /// <summary>The kind of a host fault, for the log: never its text, which may name the person signed in.</summary>
    public static string HostFaultKind(Exception exception) => Chain(exception).FirstOrDefault(IsHostFaultItself) switch
    {
        AuthenticationFailedException or CredentialUnavailableException => "signing in to Microsoft Graph failed",
        SqliteException sqlite => $"the state file failed (SQLite error {sqlite.SqliteErrorCode})",
        StateFileException => "the state file cannot be used",
        var other => other?.GetType().Name ?? exception.GetType().Name,
    };

    private static bool IsHostFaultItself(Exception e) => e is AuthenticationFailedException or CredentialUnavailableException or SqliteException or StateFileException;

    /// <summary>The type and method that threw, named as written (an async method's, not its compiler-made state machine's).</summary>
    private static string Where(Exception exception)
    {
        if (new System.Diagnostics.StackTrace(exception).GetFrames().Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType is not null) is not { } method)
        {
            return "an unknown place";
        }

        var type = method.DeclaringType!;
        return type.Name.StartsWith('<') && type.DeclaringType is { } owner && type.Name.IndexOf('>', StringComparison.Ordinal) is var end and > 1
            ? $"{owner.Name}.{type.Name[1..end]}"
            : $"{type.Name}.{method.Name}";
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
