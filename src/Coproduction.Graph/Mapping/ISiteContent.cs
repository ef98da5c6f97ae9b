namespace Coproduction.Graph.Mapping;

/// <summary>
/// Where a course's items come from when it is read into the model: the site itself, through
/// Graph (an export), or a local copy kept up to date from delta (the worker, so that a change does
/// not cost a re-read of the site).
/// </summary>
public interface ISiteContent
{
    /// <summary>Every item of a list of the schema, by the list's key (<see cref="Schema.SiteSchema"/>).</summary>
    /// <param name="listKey">The list, such as <c>courses</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ListItemData>> ItemsAsync(string listKey, CancellationToken cancellationToken);

    /// <summary>The items of a list that belong to one course (its <c>Course</c> lookup names the course's item).</summary>
    /// <param name="listKey">The list, such as <c>log</c>.</param>
    /// <param name="courseItemId">The course's item id in the courses list.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<ListItemData>> CourseItemsAsync(string listKey, string courseItemId, CancellationToken cancellationToken);

    /// <summary>The courses list's item for a course id, or null when there is none.</summary>
    /// <param name="courseId">The course's id, such as <c>sleep-2026</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ListItemData?> CourseAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>
    /// The entries of the site's user information list for these lookup ids (the people picked in the
    /// team list's <see cref="Schema.Lists.TeamList.TrustAccount"/>): what each is, and a person's e-mail,
    /// sign-in name and, where known, Entra object id. An id the site's users do not give is left out or
    /// given as <see cref="People.SiteUserKind.Unknown"/>.
    /// </summary>
    /// <param name="lookupIds">The lookup ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyDictionary<string, People.SiteUser>> SiteUsersAsync(IReadOnlyCollection<string> lookupIds, CancellationToken cancellationToken);

    /// <summary>The versions of a document of the materials library, oldest first.</summary>
    /// <param name="itemId">The document's list item id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<DocumentVersion>> VersionsAsync(string itemId, CancellationToken cancellationToken);

    /// <summary>
    /// The comments of documents of the materials library: who made each and when, never their text. A
    /// document whose comments are not read (not an Office document, comment reading turned off) is left
    /// out or given <see cref="Comments.DocumentComments.None"/>.
    /// By default, none: a site content that does not read documents sees no comments.
    /// </summary>
    /// <param name="itemIds">The documents' list item ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyDictionary<string, Comments.DocumentComments>> CommentsAsync(IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, Comments.DocumentComments>>(new Dictionary<string, Comments.DocumentComments>());

    /// <summary>
    /// The site's time zone, in which a date picked in a form without a time is that day's midnight: the
    /// zone comments' local times are read in (<see cref="Comments.CommentReadingOptions.LocalTimeZone"/>).
    /// By default, <c>Europe/London</c>, that option's default.
    /// </summary>
    TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(new Comments.CommentReadingOptions().LocalTimeZone);
}
