using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Connection;

/// <summary>Turns the SDK's errors, and the network's, into this library's one exception type, naming what was being done.</summary>
internal static class GraphCalls
{
    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (Failure(what, ex) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>
    /// A failure of Graph or of the way to it, as a <see cref="CoproductionGraphException"/>: an error
    /// answer, an answer still refused after the SDK's retries, a dropped connection, no answer within
    /// the request timeout, an answer that is not JSON, or a sign-in that failed. Null for anything else (a cancellation asked
    /// for, a fault in the program), which is left to go on as it is.
    /// </summary>
    public static CoproductionGraphException? Failure(string what, Exception exception) => exception switch
    {
        ODataError e => new CoproductionGraphException(what + " failed", e.ResponseStatusCode, e.Error?.Code, e),
        ApiException e => new CoproductionGraphException(what + " failed", e.ResponseStatusCode, null, e),

        // The SDK's retry handler gives up after its retries with every refusal it met.
        AggregateException e when e.InnerExceptions.LastOrDefault() is ApiException last =>
            new CoproductionGraphException($"{what} failed: still refused after the SDK's retries", last.ResponseStatusCode, null, e),
        HttpRequestException e => new CoproductionGraphException($"{what} failed: the connection failed ({(e.InnerException ?? e).Message.TrimEnd('.')})", null, null, e),
        TaskCanceledException { InnerException: TimeoutException } e => new CoproductionGraphException($"{what} failed: no answer within the request timeout", null, null, e),
        JsonException e => new CoproductionGraphException($"{what} failed: the answer was not valid JSON", null, null, e),

        // Signing in failed before Graph was asked (a refused secret, no managed identity here); Azure.Identity's message never holds the secret.
        Azure.Identity.CredentialUnavailableException e => new CoproductionGraphException($"{what} failed: no credential to sign in with ({e.Message.Split('\n')[0].TrimEnd('.')})", null, null, e),
        Azure.Identity.AuthenticationFailedException e => new CoproductionGraphException($"{what} failed: signing in failed ({e.Message.Split('\n')[0].TrimEnd('.')})", null, null, e),
        _ => null,
    };
}
