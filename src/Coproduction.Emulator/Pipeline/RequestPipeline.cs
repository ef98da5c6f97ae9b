using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coproduction.Emulator.Api;
using Coproduction.Emulator.Control;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// What happens to every request, over HTTP or inside a batch, in order: authentication, routing,
/// counting, latency, scripted faults, random 503s, the resource-unit budget, and then the handler,
/// which runs alone inside the state's lock.
/// </summary>
internal sealed class RequestPipeline(EmulatorState state, EmulatorFaults faults, EmulatorRequests requests, EmulatorOptionsView options)
{
    /// <summary>How the tenant answers where the evidence is open.</summary>
    public TenantVariant Variant => options.Variant;

    private readonly ResourceBudget _budget = new(state.Time);

    public DateTimeOffset Now => state.Time.GetUtcNow();

    /// <summary>Counts a request that came over HTTP (a <c>$batch</c> once, not the requests inside it).</summary>
    public void Received() => requests.CountHttp();

    public async Task<GraphResponse> HandleAsync(GraphRequest request, CancellationToken cancellationToken)
    {
        var authorization = request.Header("Authorization");
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= 7)
        {
            return Stamp(request, request.SharePointRest
                ? SharePointErrors.Unauthorized("The request carries no bearer token.")
                : GraphErrors.Error(401, "InvalidAuthenticationToken", "Access token is empty.", Now));
        }

        var actor = Actor.FromToken(authorization[7..].Trim());
        requests.SawUserAgent(request.Header("User-Agent"));
        if (request.Method == "POST" && request.Path == "$batch")
        {
            requests.Count("batch");
            return Stamp(request, await BatchApi.HandleAsync(this, request, cancellationToken));
        }

        var (route, match, site, problem) = request.SharePointRest ? ResolveRest(request) : Resolve(request);
        if (route is null)
        {
            requests.Count("unknown");
            return Stamp(request, problem!);
        }

        requests.Count(route.Kind);
        if (route.Kind == "delta")
        {
            requests.CountDeltaPage(match!.Groups["list"].Value);
        }
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, cancellationToken);
        }

        var fault = faults.Take(request.Method, request.Path, request.Query, request.SharePointRest);
        if (fault is not null && await Faulted(request, fault, cancellationToken) is { } faulted)
        {
            return Stamp(request, faulted);
        }

        if (request.SharePointRest)
        {
            // SharePoint's REST API is not Graph: no resource units, no random 503s of Graph's; scripted faults only.
            lock (state.Gate)
            {
                return Stamp(request, Handled(route, request, actor, match!, site));
            }
        }

        if (faults.RollServiceUnavailable())
        {
            return Stamp(request, GraphErrors.Error(503, "serviceNotAvailable", "The service is temporarily unavailable.", Now).WithHeader("Retry-After", "1"));
        }

        var cost = route.Cost(request);
        var budget = _budget.Spend(cost, faults.ResourceUnitsPerMinute);

        // Throttled requests count towards the budget as well as those that go ahead.
        requests.Spend(cost);
        if (budget is { Allowed: false } refused)
        {
            requests.CountThrottled();
            return Stamp(request, GraphErrors.Error(429, "activityLimitReached", "The request has been throttled", Now, new JsonObject { ["code"] = "throttledRequest", ["innerError"] = new JsonObject { ["code"] = "quota" } })
                .WithHeader("Retry-After", refused.ResetSeconds.ToString(CultureInfo.InvariantCulture)), actor.IsUser ? null : budget);
        }

        GraphResponse response;
        lock (state.Gate)
        {
            response = Handled(route, request, actor, match!, site).WithHeader("Cache-Control", "no-cache");
            if (fault is { WithoutFields: true } && response.Body?["value"] is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    item.Remove("fields");
                }
            }

            // What it cost, where the tenant variant says answers carry it.
            if (options.Variant.ResourceUnitHeader)
            {
                response.WithHeader("x-ms-resource-unit", cost.ToString(CultureInfo.InvariantCulture));
            }
        }

        // SharePoint says what is left of the budget to applications (application permissions) only.
        return Stamp(request, response, actor.IsUser ? null : budget);
    }

    /// <summary>
    /// A file through a download URL <c>…/content</c> handed out: its bytes, or, for a token unknown or
    /// expired, 401 as SharePoint answers a <c>tempauth</c> it does not take (assumed: graph-assumptions.md,
    /// 59); and, where the tenant variant says so, 401 for a request that carries a bearer token as well.
    /// </summary>
    public GraphResponse Download(string token, bool withBearer)
    {
        requests.Count("download");
        if (withBearer && options.Variant.DownloadUrlRefusesBearer)
        {
            return SharePointErrors.Unauthorized("Unsupported security token.");
        }

        lock (state.Gate)
        {
            return state.Downloads.Take(token) is { } content
                ? new GraphResponse(200) { Content = content }
                : SharePointErrors.Unauthorized("The download URL is not valid, or has expired.");
        }
    }

    /// <summary>The handler's answer, run inside the state's lock; a body of the wrong shape (a number where a string belongs, an array for an object) is a 400.</summary>
    private GraphResponse Handled(Route route, GraphRequest request, Actor actor, Match match, Site? site)
    {
        try
        {
            return route.Handle(new ApiContext(request, actor, state, match, site, options));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or JsonException or KeyNotFoundException)
        {
            var message = $"The request body is not what this operation takes: {ex.Message}";
            return request.SharePointRest ? SharePointErrors.BadRequest(message) : GraphErrors.BadRequest(message, Now);
        }
    }

    /// <summary>
    /// What Graph adds to every answer: the request's id (the client's own <c>client-request-id</c>
    /// when it sent one, echoed, as recorded answers show; none when it did not), in the headers and in
    /// an error's <c>innerError</c>; and, to an application once 80% of the minute's budget is spent, the <c>RateLimit-*</c> headers.
    /// </summary>
    private static GraphResponse Stamp(GraphRequest request, GraphResponse response, BudgetState? budget = null)
    {
        if (request.SharePointRest)
        {
            // SharePoint's own request id, as recorded REST answers carry it; not Graph's request-id.
            return response.WithHeader("SPRequestGuid", Guid.NewGuid().ToString());
        }

        var clientRequestId = request.Header("client-request-id");
        var requestId = clientRequestId ?? Guid.NewGuid().ToString();
        response.WithHeader("request-id", requestId);
        if (clientRequestId is not null)
        {
            response.WithHeader("client-request-id", clientRequestId);
        }

        if (response.Body?["error"]?["innerError"] is JsonObject inner)
        {
            inner["request-id"] = requestId;
            inner.Remove("client-request-id");
            if (clientRequestId is not null)
            {
                inner["client-request-id"] = clientRequestId;
            }
        }

        if (budget is { NearLimit: true } near)
        {
            response.WithHeader("RateLimit-Limit", near.Limit.ToString(CultureInfo.InvariantCulture))
                .WithHeader("RateLimit-Remaining", near.Remaining.ToString(CultureInfo.InvariantCulture))
                .WithHeader("RateLimit-Reset", near.ResetSeconds.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private (Route? Route, Match? Match, Site? Site, GraphResponse? Problem) Resolve(GraphRequest request)
    {
        if (!request.Path.StartsWith("sites/", StringComparison.OrdinalIgnoreCase))
        {
            return Match(Routes.Other, request, request.Path, null);
        }

        Site? site;
        string rest;
        lock (state.Gate)
        {
            var byPath = Routes.SiteByPath.Match(request.Path);
            var byId = Routes.SiteById.Match(request.Path);
            (site, rest) = byPath.Success
                ? (state.FindByPath(byPath.Groups["host"].Value, byPath.Groups["path"].Value), byPath.Groups["rest"].Value)
                : byId.Success ? (state.FindById(byId.Groups["id"].Value), byId.Groups["rest"].Value) : (null, string.Empty);
        }

        return site is null
            ? (null, null, null, GraphErrors.NotFound($"The site '{request.Path.Split('/', 3)[1]}'", Now))
            : Match(Routes.Site, request, rest, site);
    }

    /// <summary>
    /// A request to a site's REST API: its route, and the site whose path it is under (of several sites
    /// with that path on other hosts, the one holding the list named). A path that is no site's is 404, as recorded.
    /// </summary>
    private (Route? Route, Match? Match, Site? Site, GraphResponse? Problem) ResolveRest(GraphRequest request)
    {
        var (route, match, _, problem) = Match(RestRoutes.All, request, request.Path, null);
        if (route is null)
        {
            return (null, null, null, problem);
        }

        Site? site;
        lock (state.Gate)
        {
            var sites = state.Sites.Where(s => string.Equals(s.Path, "/" + match!.Groups["site"].Value.Trim('/'), StringComparison.OrdinalIgnoreCase)).ToList();
            site = sites.FirstOrDefault(s => s.Lists.ContainsKey(match!.Groups["list"].Value)) ?? sites.FirstOrDefault();
        }

        return site is null
            ? (null, null, null, SharePointErrors.Error(404, SharePointErrors.FileNotFound, "File Not Found."))
            : (route, match, site, null);
    }

    private (Route?, Match?, Site?, GraphResponse?) Match(Route[] routes, GraphRequest request, string path, Site? site)
    {
        var pathMatches = false;
        foreach (var route in routes)
        {
            var match = route.Pattern.Match(path);
            if (match.Success)
            {
                pathMatches = true;
                if (string.Equals(route.Method, request.Method, StringComparison.OrdinalIgnoreCase))
                {
                    return (route, match, site, null);
                }
            }
        }

        if (request.SharePointRest)
        {
            return (null, null, null, pathMatches
                ? SharePointErrors.Error(405, SharePointErrors.InvalidQuery, $"{request.Method} is not served for /{request.Path}.")
                : SharePointErrors.BadRequest($"The emulator does not serve /{request.Path} (it serves a slice of SharePoint's REST API: see docs/emulator.md)."));
        }

        return (null, null, null, pathMatches
            ? GraphErrors.Error(405, "methodNotAllowed", $"{request.Method} is not served for /{request.Path}.", Now)
            : GraphErrors.Error(400, "invalidRequest", $"Resource not found for the segment '/{request.Path}' (the emulator serves a slice of Graph: see docs/emulator.md).", Now));
    }

    /// <summary>The answer a scripted fault gives instead of the real one; null where it lets the real one through.</summary>
    private async Task<GraphResponse?> Faulted(GraphRequest request, ScriptedFault fault, CancellationToken cancellationToken)
    {
        if (fault.Delay is { } delay)
        {
            await Task.Delay(delay, cancellationToken);
        }

        if (fault.DropConnection)
        {
            return new GraphResponse(500) { Abort = true };
        }

        if (fault.MalformedBody is { } malformed)
        {
            return new GraphResponse(200) { RawBody = malformed };
        }

        if (fault.Status is not { } status)
        {
            return null;
        }

        var code = fault.Code ?? status switch
        {
            429 => "activityLimitReached",
            503 => "serviceNotAvailable",
            410 => "resyncRequired",
            412 => "preconditionFailed",
            _ => "generalException",
        };
        var statusText = status.ToString(CultureInfo.InvariantCulture);
        var response = request.SharePointRest
            ? SharePointErrors.Error(status, fault.Code ?? SharePointErrors.CodeFor(status), $"A scripted fault ({status}).")
            : GraphErrors.Error(status, code, $"A scripted fault ({status}).", Now,
                new JsonObject { ["code"] = statusText, ["message"] = "Please retry after", ["status"] = statusText });
        return fault.RetryAfter is { } retryAfter ? response.WithHeader("Retry-After", retryAfter) : response;
    }
}
