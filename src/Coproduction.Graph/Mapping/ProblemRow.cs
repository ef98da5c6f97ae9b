using System.Globalization;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// An entry to fix as the list of entries to fix holds it (<see cref="ProblemsList"/>): an item the
/// worker could not read, by list, item and column as staff see them, with a link to open it and what
/// to do. Unique by course and <see cref="Place"/>; <see cref="Fingerprint"/> is what it says, without
/// the time it was first seen, so an unchanged problem is never written again.
/// </summary>
/// <param name="Course">The course's item id, or null for an entry of no course.</param>
/// <param name="List">The list's name, as staff see it.</param>
/// <param name="Entry">The item's id in that list.</param>
/// <param name="Column">The column's name, as staff see it.</param>
/// <param name="Link">The address of the item's form.</param>
/// <param name="Message">What is wrong and what to do, never quoting the entry.</param>
/// <param name="Since">When the worker first saw it.</param>
/// <param name="Status">Open or resolved.</param>
public sealed record ProblemRow(string? Course, string List, int Entry, string Column, string Link, string Message, DateTimeOffset? Since, FlagStatus Status)
{
    /// <summary>The kind the worker's records give every entry to fix (a flag has its flag kind).</summary>
    public const string Kind = "entry";

    /// <summary>Where it is: list, item and column, as one key.</summary>
    public string Place => $"{List}/{Entry.ToString(CultureInfo.InvariantCulture)}/{Column}";

    /// <summary>
    /// The open entry to fix for a data problem the reader found: the list and column by the names
    /// staff see, and a link to the item's form on the site (SharePoint's <c>listform.aspx</c>, which
    /// opens any list's or library's item by the list's id and the item's).
    /// </summary>
    /// <param name="course">The course's item id, or null.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="siteUrl">The site's address.</param>
    /// <param name="listId">The id of the list the item is in.</param>
    /// <param name="since">Now: when it is first seen.</param>
    /// <param name="listName">The list's name on this site where it is not the schema's: a library of the site's own configured for the materials.</param>
    /// <returns>The row, or null for a problem of an item whose id is not a list item's (none the reader makes).</returns>
    public static ProblemRow? Open(string? course, DataProblem problem, string siteUrl, string listId, DateTimeOffset since, string? listName = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(siteUrl);
        if (!int.TryParse(problem.ItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var entry))
        {
            return null;
        }

        var column = ColumnName(problem.List, problem.Column);
        var link = ItemForms.Link(siteUrl, listId, problem.ItemId);
        var message = problem.Fix is { } fix ? $"{column}: {problem.Problem}. {fix}"
            : $"{column} {problem.Problem}. Open the entry, correct it and save: this line then resolves by itself, and the entry counts.";
        return new ProblemRow(course, listName ?? problem.List, entry, column, link, message, since, FlagStatus.Open);
    }

    /// <summary>An item of the list as read, or null for one that is no entry to fix of the worker's.</summary>
    /// <param name="fields">The item's fields.</param>
    public static ProblemRow? Read(SiteFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Find(ProblemsList.InList) is { } list && fields.Find(ProblemsList.Entry) is { } entry && fields.Find(ProblemsList.InColumn) is { } column
            ? new ProblemRow(fields.Find(ProblemsList.Course), list, entry, column, fields.Find(ProblemsList.Link) ?? string.Empty, fields.Find(ProblemsList.Message) ?? string.Empty,
                fields.Find(ProblemsList.Since), fields.Find(ProblemsList.Status) ?? FlagStatus.Open)
            : null;
    }

    /// <summary>The item's fields; <paramref name="withSince"/> false for an update, which keeps when it was first seen.</summary>
    /// <param name="withSince">Whether to write <see cref="Since"/>.</param>
    public FieldSet ToFields(bool withSince = true)
    {
        var fields = new FieldSet()
            .Set(SharePointColumns.Title, SingleLineTexts.Cut($"{List}, item {Entry.ToString(CultureInfo.InvariantCulture)}: {Column}"))
            .Set(ProblemsList.Course, Course)
            .Set(ProblemsList.InList, List)
            .Set(ProblemsList.Entry, Entry)
            .Set(ProblemsList.InColumn, Column)
            .Set(ProblemsList.Link, Link)
            .Set(ProblemsList.Message, Message)
            .Set(ProblemsList.Status, Status);
        return withSince ? fields.Set(ProblemsList.Since, Since) : fields;
    }

    /// <summary>What the item says, but for when it was first seen.</summary>
    public string Fingerprint => ToFields(withSince: false).Fingerprint;

    /// <summary>A column by the name staff see: the schema's display name where the list is the schema's, else as the reader named it.</summary>
    private static string ColumnName(string list, string column)
    {
        var columns = SiteSchema.Lists.FirstOrDefault(l => l.DisplayName == list)?.Columns ?? [];
        return columns.FirstOrDefault(c => c.Name == column)?.DisplayName
            ?? (column == SharePointColumns.Title.Name ? SharePointColumns.Title.Schema.DisplayName
            : column == SharePointColumns.FileName.Name ? SharePointColumns.FileName.Schema.DisplayName : column);
    }
}
