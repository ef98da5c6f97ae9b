using System.Text.RegularExpressions;
using Coproduction.Emulator.Api;
using Coproduction.Emulator.Http;

namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// The slice of SharePoint's REST API served, under a site's path (<c>sites/recovery/_api/web/lists(guid'…')/…</c>),
/// matched against the whole path: a column's formatting and a list's views, which Graph v1.0 lacks.
/// They spend nothing of the resource-unit budget, whose costs are Graph's.
/// </summary>
internal static class RestRoutes
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string List = @"^(?<site>.+?)/_api/web/lists\(guid'(?<list>[^']*)'\)";
    private const string Field = List + @"/fields/getbyinternalnameortitle\('(?<name>(?:[^']|'')*)'\)$";

    private static readonly Func<GraphRequest, int> None = _ => 0;

    public static readonly Route[] All =
    [
        new("GET", Rx(Field), "restField", None, RestApi.GetField),
        new("POST", Rx(Field), "restFormatField", None, RestApi.MergeField),
        new("GET", Rx(List + "/views$"), "restViews", None, RestApi.GetViews),
        new("POST", Rx(List + "/views/add$"), "restAddView", None, RestApi.AddView),
    ];

    private static Regex Rx(string pattern) => new(pattern, Options);
}
