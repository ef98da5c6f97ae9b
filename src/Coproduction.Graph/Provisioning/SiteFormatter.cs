using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Formatting;
using Coproduction.Graph.Schema;
using Microsoft.Extensions.Logging;

namespace Coproduction.Graph.Provisioning;

/// <summary>
/// Gives a provisioned site its status at a glance through SharePoint's REST API, which Graph v1.0
/// lacks: the formatting of the columns the worker writes (<see cref="ColumnFormats"/>) and the views
/// (<see cref="SiteViews"/>). Only what is missing is made: a column whose formatting is empty gets
/// ours, one holding ours is left, one holding anyone else's is kept and reported; a view is made only
/// when none of its title is there, and never changed after. A second run only reads.
/// Requests, and the documentation and recordings each follows: docs/graph-assumptions.md, "Status at a glance".
/// </summary>
internal sealed class SiteFormatter(SharePointRest rest, ILogger logger)
{
    /// <summary>Formats the columns and makes the views a site lacks.</summary>
    /// <param name="siteUrl">The site.</param>
    /// <param name="siteId">The site's Graph id, for logs.</param>
    /// <param name="listIds">The site's lists' ids (Graph's are SharePoint's), by schema key.</param>
    /// <param name="version">The schema version the site is provisioned at: a column of a later version is not there to format.</param>
    /// <param name="cancellationToken">Cancels it; what was done stays, and a second run completes it.</param>
    /// <returns>What was formatted, kept and created; refused, why and what to grant.</returns>
    /// <exception cref="CoproductionGraphException">SharePoint failed or refused a request otherwise than for want of permission.</exception>
    public async Task<FormattingReport> ApplyAsync(string siteUrl, string siteId, IReadOnlyDictionary<string, string> listIds, int version, CancellationToken cancellationToken)
    {
        var root = rest.Root(siteUrl);
        List<string> formatted = [], kept = [], created = [];
        try
        {
            foreach (var (listKey, formats) in ColumnFormats.All)
            {
                var list = List(root, listIds[listKey]);
                var listName = SiteSchema.List(listKey).DisplayName;
                foreach (var format in formats.Where(f => f.Column.Schema.Since <= version))
                {
                    var name = $"{listName}/{format.Column.Name}";
                    switch (await FormatAsync(list, listName, format, cancellationToken))
                    {
                        case Outcome.Done:
                            formatted.Add(name);
                            Log.ColumnFormatted(logger, format.Column.Name, listKey, siteId);
                            break;
                        case Outcome.Kept:
                            kept.Add(name);
                            Log.FormattingKept(logger, format.Column.Name, listKey, siteId);
                            break;
                    }
                }
            }

            foreach (var view in SiteViews.All)
            {
                var listName = SiteSchema.List(view.ListKey).DisplayName;
                if (await EnsureViewAsync(List(root, listIds[view.ListKey]), listName, view, cancellationToken))
                {
                    created.Add($"{listName}/{view.Title}");
                    Log.ViewCreated(logger, view.Key, view.ListKey, siteId);
                }
            }
        }
        catch (CoproductionGraphException ex) when (ex.Status is 401 or 403)
        {
            Log.FormattingRefused(logger, siteId, ex.Status.Value);
            return new FormattingReport(formatted, kept, created) { Refusal = Refusal(ex, rest.Credential) };
        }

        return new FormattingReport(formatted, kept, created);
    }

    /// <summary>What to tell an operator whose app SharePoint refused: what is needed beyond Graph's grant.</summary>
    internal static string Refusal(CoproductionGraphException refused, GraphCredentialKind credential)
    {
        var secret = credential == GraphCredentialKind.ClientSecret
            ? " This app signs in with a client secret, and SharePoint's REST API refuses app-only tokens got with one: sign in with a certificate (Credential ClientCertificate)."
            : " SharePoint's REST API refuses app-only tokens got with a client secret: the app signs in with a certificate (or a managed or workload identity).";
        return $"{refused.Message}. Column formatting and views go through SharePoint's REST API, which Microsoft Graph's permission does not cover: "
            + "the app registration needs SharePoint's API permission Sites.Selected too (admin consent), and the app the role 'manage' on this site, granted as for Graph."
            + secret + " The lists and columns stand; run provision again once granted (docs/operations.md).";
    }

    private static Uri List(Uri root, string listId) => new(root, $"web/lists(guid'{listId}')/");

    /// <summary>One column's formatting: read, and set only where it is empty.</summary>
    private async Task<Outcome> FormatAsync(Uri list, string listName, ColumnFormat format, CancellationToken cancellationToken)
    {
        var field = new Uri(list, $"fields/getbyinternalnameortitle('{Uri.EscapeDataString(format.Column.Name)}')");
        var ours = format.ToJson();
        var current = await rest.GetAsync(new Uri(field, "?$select=InternalName,CustomFormatter"), $"Reading the formatting of column {format.Column.Name} in list {listName}", cancellationToken);
        switch (current?["CustomFormatter"]?.GetValue<string>())
        {
            case null or "":
                await rest.MergeAsync(field, new JsonObject { ["__metadata"] = new JsonObject { ["type"] = "SP.Field" }, ["CustomFormatter"] = ours },
                    $"Setting the formatting of column {format.Column.Name} in list {listName}", cancellationToken);
                return Outcome.Done;
            case var theirs when SameFormatter(theirs, ours):
                return Outcome.There;
            default:
                return Outcome.Kept;
        }
    }

    /// <summary>
    /// Ours whatever its layout: SharePoint may give a formatter back laid out otherwise than written
    /// (not recorded either way), so formatters are compared as JSON. Anything else, an older one of ours
    /// included, is someone's own and kept.
    /// </summary>
    private static bool SameFormatter(string theirs, string ours)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(theirs), JsonNode.Parse(ours));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes a view when none of its title is there, in one request with its fields and query, so that a
    /// view is never left half made (a view once there is never changed, so it would stay so).
    /// </summary>
    /// <returns>Whether it was made.</returns>
    private async Task<bool> EnsureViewAsync(Uri list, string listName, SiteView view, CancellationToken cancellationToken)
    {
        var filter = Uri.EscapeDataString($"Title eq {SharePointRest.Literal(view.Title)}");
        var views = await rest.GetAsync(new Uri(list, $"views?$filter={filter}&$select=Id,Title"), $"Reading the views of list {listName}", cancellationToken);

        // Matched here too: a tenant may ignore the filter and list every view.
        if (views?["value"]?.AsArray().Any(v => v?["Title"]?.GetValue<string>() == view.Title) == true)
        {
            return false;
        }

        await rest.PostAsync(new Uri(list, "views/add"), new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["__metadata"] = new JsonObject { ["type"] = "SP.ViewCreationInformation" },
                ["Title"] = view.Title,
                ["ViewFields"] = new JsonObject { ["results"] = new JsonArray([.. view.Fields.Select(f => (JsonNode)f)]) },
                ["Query"] = view.Query,
                ["RowLimit"] = view.RowLimit,
                ["Paged"] = true,
                ["PersonalView"] = false,
            },
        }, $"Creating view {view.Title} of list {listName}", cancellationToken);
        return true;
    }

    private enum Outcome
    {
        Done,
        There,
        Kept,
    }
}
