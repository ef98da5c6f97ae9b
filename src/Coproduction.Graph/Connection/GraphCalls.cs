using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace Coproduction.Graph.Connection;

/// <summary>Turns the SDK's errors into this library's one exception type, naming what was being done.</summary>
internal static class GraphCalls
{
    public static async Task<T> RunAsync<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ODataError ex)
        {
            throw new CoproductionGraphException(what + " failed", ex.ResponseStatusCode, ex.Error?.Code, ex);
        }
        catch (ApiException ex)
        {
            throw new CoproductionGraphException(what + " failed", ex.ResponseStatusCode, null, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CoproductionGraphException(what + " failed: " + ex.Message, null, null, ex);
        }
    }
}
