using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Http;

/// <summary>
/// Errors as SharePoint's REST API sends them without metadata, as recorded (pnp/pnpcore):
/// <c>{"odata.error":{"code":"-2147024809, System.ArgumentException","message":{"lang":"en-US","value":"…"}}}</c>,
/// the code an HRESULT and the exception's type. A sign-in refused is <c>{"error_description":"…"}</c> (reported).
/// </summary>
internal static class SharePointErrors
{
    /// <summary>A bad argument (recorded with 400), such as a column no list has (documented code; 400 reported).</summary>
    public const string Argument = "-2147024809, System.ArgumentException";

    /// <summary>Something not there: a list (recorded with 404, "-1, System.ArgumentException").</summary>
    public const string NotThere = "-1, System.ArgumentException";

    /// <summary>A path that is no site (recorded with 404).</summary>
    public const string FileNotFound = "-2147024894, System.IO.FileNotFoundException";

    /// <summary>Permission refused (reported with 403).</summary>
    public const string AccessDenied = "-2147024891, System.UnauthorizedAccessException";

    /// <summary>A request of a form the REST API does not take (reported through Graph's pass-through).</summary>
    public const string InvalidQuery = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";

    public static GraphResponse Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["odata.error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = message },
        },
    });

    /// <summary>The code a status is answered with when nothing more particular is known (a scripted fault).</summary>
    public static string CodeFor(int status) => status switch
    {
        400 => Argument,
        403 => AccessDenied,
        404 => NotThere,
        _ => "-2146232832, Microsoft.SharePoint.SPException",
    };

    public static GraphResponse Unauthorized(string message) => new(401, new JsonObject { ["error_description"] = message });

    public static GraphResponse ListNotFound() =>
        Error(404, NotThere, "List does not exist. The page you selected contains a list that does not exist. It may have been deleted by another user.");

    public static GraphResponse FieldNotFound(string name) =>
        Error(400, Argument, $"Column '{name}' does not exist. It may have been deleted by another user.");

    public static GraphResponse BadRequest(string message) => Error(400, InvalidQuery, message);
}
