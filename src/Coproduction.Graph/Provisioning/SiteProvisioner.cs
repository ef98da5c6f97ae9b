using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Provisioning;

/// <summary>
/// Creates what a site is missing of <see cref="SiteSchema"/> and nothing else: run twice, the second
/// run changes nothing; with a newer schema only what is new is added; staff's data and the columns
/// they added are never removed or altered. A site whose materials are configured to live in a library
/// it has (<see cref="CoproductionGraphOptions.MaterialsLibraries"/>) gets the materials' columns added
/// there, and no "Course materials". Then the site's status at a glance: the worker's columns
/// formatted and the views made, through SharePoint's REST API (<see cref="FormattingReport"/>).
/// </summary>
public sealed class SiteProvisioner
{
    private readonly GraphServiceClient _graph;
    private readonly SiteFormatter _formatter;
    private readonly CoproductionGraphOptions _options;
    private readonly ILogger _logger;

    internal SiteProvisioner(GraphServiceClient graph, CoproductionGraphOptions options, SiteFormatter formatter, ILogger logger)
    {
        _graph = graph;
        _formatter = formatter;
        _options = options;
        _logger = logger;
    }

    /// <summary>Provisions a site.</summary>
    /// <param name="siteUrl">The site, such as <c>https://contoso.sharepoint.com/sites/recovery</c>.</param>
    /// <param name="cancellationToken">Cancels provisioning; what was created stays, and a second run completes it.</param>
    /// <returns>What was created, added and formatted. SharePoint refusing the formatting (401, 403) fails nothing: the lists
    /// stand, and <see cref="FormattingReport.Refusal"/> says what to grant.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused a request (such as 404 for an unknown site, or 403 for a site granted
    /// <c>write</c> but not <c>manage</c>, which the message says), or SharePoint failed otherwise; or the library configured for the site's
    /// materials is not there, or is a list (code <c>materialsLibraryNotUsable</c>), and nothing was created.</exception>
    public Task<ProvisioningReport> ProvisionAsync(string siteUrl, CancellationToken cancellationToken = default) =>
        ProvisionAsync(siteUrl, SiteSchema.Version, cancellationToken);

    /// <summary>Provisions a site as an earlier schema version would have: how tests make a site to upgrade.</summary>
    internal async Task<ProvisioningReport> ProvisionAsync(string siteUrl, int version, CancellationToken cancellationToken)
    {
        var lists = SiteSchema.ListsAt(version);
        var key = SiteAddress.ToGraphKey(siteUrl);
        var materials = _options.MaterialsLibraryFor(siteUrl);
        var site = await GraphCalls.RunAsync($"Finding site {key}", () => _graph.Sites[key].GetAsync(cancellationToken: cancellationToken));
        var siteId = site!.Id!;
        var existing = await ExistingListsAsync(siteId, cancellationToken);

        // A library the site has holds its materials: refused before anything is made if it is not there, or is a list.
        var library = materials is null ? null : existing.GetValueOrDefault(materials);
        if (materials is not null && MaterialsLocation.Refusal(materials, library is not null, library?.ListProp?.Template) is { } refusal)
        {
            throw new CoproductionGraphException($"The site {siteUrl} cannot be provisioned: {refusal}", null, "materialsLibraryNotUsable");
        }

        string NameOf(ListSchema schema) => MaterialsLocation.NameOf(schema, library?.DisplayName);
        var listIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in lists)
        {
            if (existing.TryGetValue(NameOf(schema), out var list))
            {
                listIds[schema.Key] = list.Id!;
            }
        }

        // The columns a list that is there lacks (a newer schema) are added before any list is made: so a site that has a
        // list of a newer version has that version's columns too, which the worker, writing them, relies on.
        var added = new List<string>();
        var have = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        async Task AddColumnsAsync(IEnumerable<ListSchema> to)
        {
            foreach (var schema in to)
            {
                var names = have.TryGetValue(schema.Key, out var known) ? known
                    : have[schema.Key] = existing[NameOf(schema)].Columns?.Select(c => c.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
                foreach (var column in schema.Columns.Where(c => !names.Contains(c.Name) && ColumnDefinitions.CanCreate(c, listIds)))
                {
                    await Creating($"Adding column {column.Name} to {NameOf(schema)}", () =>
                        _graph.Sites[siteId].Lists[listIds[schema.Key]].Columns.PostAsync(ColumnDefinitions.From(column, listIds), cancellationToken: cancellationToken));
                    names.Add(column.Name);
                    added.Add($"{NameOf(schema)}/{column.Name}");
                    Log.ColumnAdded(_logger, column.Name, schema.Key, siteId);
                }
            }
        }

        await AddColumnsAsync(lists.Where(s => listIds.ContainsKey(s.Key)).ToList());
        var choicesAdded = new List<string>();
        foreach (var schema in lists.Where(s => listIds.ContainsKey(s.Key)))
        {
            await AddChoicesAsync(siteId, listIds[schema.Key], NameOf(schema), schema, existing[NameOf(schema)].Columns ?? [], choicesAdded, cancellationToken);
        }

        var created = new List<string>();
        foreach (var schema in lists.Where(s => !listIds.ContainsKey(s.Key)))
        {
            var list = await CreateListAsync(siteId, schema, listIds, cancellationToken);
            listIds[schema.Key] = list.Id!;
            existing[schema.DisplayName] = list;
            created.Add(schema.DisplayName);
            Log.ListCreated(_logger, schema.Key, list.Id!, siteId);
        }

        // Then the lookups to a list made after theirs.
        await AddColumnsAsync(lists);

        Log.Provisioned(_logger, siteId, created.Count, added.Count);
        // The status at a glance came with version 2, and shows its columns: a site made as version 1 was has none.
        var formatting = version < 2 ? new FormattingReport([], [], []) : await _formatter.ApplyAsync(siteUrl, siteId, listIds, version, cancellationToken);
        return new ProvisioningReport(siteId, created, added) { AddedChoices = choicesAdded, Formatting = formatting };
    }

    /// <summary>
    /// Adds to a choice column that is there the choices a newer schema offers and it lacks (a flag kind
    /// added to the assessment), after the ones it has, which keep their order; a choice staff added stays.
    /// A column that takes text of its own already takes them, and is left as it is.
    /// </summary>
    private async Task AddChoicesAsync(string siteId, string listId, string listName, ListSchema schema, IEnumerable<ColumnDefinition> found, List<string> added, CancellationToken cancellationToken)
    {
        var byName = found.Where(c => c.Name is not null).GroupBy(c => c.Name!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var column in schema.Columns.Where(c => c.Type == ColumnType.Choice))
        {
            if (!byName.TryGetValue(column.Name, out var definition) || definition.Choice is not { } choice || choice.AllowTextEntry == true || definition.Id is null)
            {
                continue;
            }

            var have = choice.Choices ?? [];
            var lacking = column.Choices.Except(have, StringComparer.Ordinal).ToList();
            if (lacking.Count == 0)
            {
                continue;
            }

            await Creating($"Adding the choices {string.Join(", ", lacking)} to column {column.Name} of {listName}", () =>
                _graph.Sites[siteId].Lists[listId].Columns[definition.Id].PatchAsync(
                    new ColumnDefinition { Choice = new ChoiceColumn { Choices = [.. have, .. lacking], AllowTextEntry = choice.AllowTextEntry, DisplayAs = choice.DisplayAs } },
                    cancellationToken: cancellationToken));
            added.AddRange(lacking.Select(c => $"{listName}/{column.Name}/{c}"));
            Log.ChoicesAdded(_logger, lacking.Count, column.Name, schema.Key, siteId);
        }
    }

    /// <summary>
    /// A request that creates a list or a column. Under <c>Sites.Selected</c>, a site granted the role
    /// <c>write</c> lets the app read and write items but not create lists or columns: Graph answers 403,
    /// and the message says which role provisioning needs.
    /// </summary>
    private static async Task<T> Creating<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await GraphCalls.RunAsync(what, call);
        }
        catch (CoproductionGraphException ex) when (ex.Status == 403)
        {
            throw new CoproductionGraphException(
                $"{what} was refused: creating lists and columns needs the app granted the role 'manage' (or 'fullcontrol') on this site, "
                + "which 'write' is not; grant 'manage' to provision, then lower it to 'write' for the worker (docs/operations.md)",
                ex.Status, ex.ErrorCode, ex);
        }
    }

    private async Task<Dictionary<string, List>> ExistingListsAsync(string siteId, CancellationToken cancellationToken)
    {
        var lists = new Dictionary<string, List>(StringComparer.OrdinalIgnoreCase);
        var page = await GraphCalls.RunAsync("Reading the site's lists", () =>
            _graph.Sites[siteId].Lists.GetAsync(r => r.QueryParameters.Expand = ["columns"], cancellationToken));
        while (page is not null)
        {
            foreach (var list in page.Value ?? [])
            {
                lists[list.DisplayName!] = list;
            }

            var next = page.OdataNextLink;
            page = next is null ? null : await GraphCalls.RunAsync("Reading the site's lists", () =>
                _graph.Sites[siteId].Lists.WithUrl(LinkQuery.WithExpand(next, "columns")).GetAsync(cancellationToken: cancellationToken));
        }

        return lists;
    }

    private async Task<List> CreateListAsync(string siteId, ListSchema schema, Dictionary<string, string> listIds, CancellationToken cancellationToken)
    {
        var list = new List
        {
            DisplayName = schema.DisplayName,
            Description = schema.Description,
            ListProp = new ListInfo { Template = schema.IsLibrary ? "documentLibrary" : "genericList" },
            Columns = schema.Columns.Where(c => ColumnDefinitions.CanCreate(c, listIds)).Select(c => ColumnDefinitions.From(c, listIds)).ToList(),
        };
        var created = await Creating($"Creating list {schema.DisplayName}", () =>
            _graph.Sites[siteId].Lists.PostAsync(list, cancellationToken: cancellationToken));

        // The answer to a create holds no columns: remember the ones just created, so only the rest are added.
        created!.Columns = list.Columns;
        return created;
    }
}
