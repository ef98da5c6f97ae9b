using System.Globalization;
using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Http;

/// <summary>
/// Errors as Graph sends them: <c>{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}</c>;
/// the ids are set from the request as it is answered, <c>client-request-id</c> only when the client sent one.
/// </summary>
internal static class GraphErrors
{
    public static GraphResponse Error(int status, string code, string message, DateTimeOffset now, JsonObject? innerExtra = null)
    {
        var inner = new JsonObject
        {
            ["date"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["request-id"] = Guid.NewGuid().ToString(),
        };
        foreach (var (name, value) in innerExtra ?? [])
        {
            inner[name] = value?.DeepClone();
        }

        return new GraphResponse(status, new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["innerError"] = inner },
        });
    }

    public static GraphResponse NotFound(string what, DateTimeOffset now) => Error(404, "itemNotFound", $"{what} could not be found.", now);

    public static GraphResponse BadRequest(string message, DateTimeOffset now) => Error(400, "invalidRequest", message, now);
}
