using Coproduction.Graph.Changes;
using Microsoft.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Provisioning;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coproduction.Graph;

/// <summary>
/// Coproduction's way into SharePoint through Microsoft Graph: provisioning a site, finding its
/// lists, and following their changes. Register it with <c>services.AddCoproductionGraph(configuration)</c>
/// or create it from <see cref="CoproductionGraphOptions"/>.
/// </summary>
public sealed class CoproductionGraphClient : IDisposable
{
    private readonly GraphConnection _connection;
    private readonly CourseWriter _courseWriter;
    private readonly BatchWriter _writer;
    private readonly BatchSender _sender;
    private readonly DocumentHistory _history;
    private readonly Comments.MaterialFiles _files;
    private readonly CoproductionGraphOptions _options;

    /// <summary>Connects with the given options.</summary>
    /// <param name="options">Where Graph is and how to sign in.</param>
    /// <param name="loggerFactory">Where to log (ids and counts only); none by default.</param>
    /// <exception cref="ArgumentException">The options have problems; the message names each.</exception>
    public CoproductionGraphClient(CoproductionGraphOptions options, ILoggerFactory? loggerFactory = null)
        : this(options, loggerFactory, null)
    {
    }

    internal CoproductionGraphClient(CoproductionGraphOptions options, ILoggerFactory? loggerFactory, HttpMessageHandler? finalHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        loggerFactory ??= NullLoggerFactory.Instance;
        _options = options;
        _connection = new GraphConnection(options, finalHandler, loggerFactory.CreateLogger<GraphConnection>());
        Provisioner = new SiteProvisioner(_connection.Client, options, new SiteFormatter(_connection.SharePoint, loggerFactory.CreateLogger<SiteFormatter>()), loggerFactory.CreateLogger<SiteProvisioner>());
        _sender = new BatchSender(_connection.Client, TimeProvider.System, loggerFactory.CreateLogger<BatchSender>());
        var deltaItems = new DeltaItems(_connection.Client, _sender, loggerFactory.CreateLogger<DeltaItems>());
        Changes = new ListChangeReader(_connection.Client, deltaItems, loggerFactory.CreateLogger<ListChangeReader>());
        _writer = new BatchWriter(_connection.Client, _sender);
        _courseWriter = new CourseWriter(_connection.Client, _writer, options);
        _history = new DocumentHistory(_connection.Client, _sender, new SiteUserReader(_connection.Client, _sender));
        _files = new Comments.MaterialFiles(_connection.Client, _connection.Http, _sender, options, loggerFactory.CreateLogger<Comments.MaterialFiles>());
        SiteChanges = new SiteChangeReader(_connection.Client, _sender, deltaItems, loggerFactory.CreateLogger<SiteChangeReader>());
    }

    /// <summary>Creates what a site is missing of the schema.</summary>
    public SiteProvisioner Provisioner { get; }

    /// <summary>Follows a list's changes with delta.</summary>
    public ListChangeReader Changes { get; }

    /// <summary>Follows the changes of many lists of a site at once, a <c>$batch</c> a round.</summary>
    public SiteChangeReader SiteChanges { get; }

    /// <summary>The User-Agent every request carries.</summary>
    public string UserAgent => _connection.UserAgent;

    /// <summary>
    /// The ids of a provisioned site's lists, by schema key (<see cref="SiteSchema"/>); lists not there
    /// are left out. The site's own user information list is there as <see cref="SiteSchema.UserInformation"/> when Graph shows it.
    /// The materials (<see cref="SiteSchema.Materials"/>) are the document library <see cref="CoproductionGraphOptions.MaterialsLibraries"/>
    /// names for the site, where it names one (left out when the site has no library of that name), else "Course materials".
    /// </summary>
    /// <param name="siteUrl">The site, such as <c>https://contoso.sharepoint.com/sites/recovery</c>.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The site's id and its lists' ids.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public Task<(string SiteId, IReadOnlyDictionary<string, string> Lists)> FindListsAsync(string siteUrl, CancellationToken cancellationToken = default) =>
        SiteLists.FindAsync(_connection.Client, siteUrl, _options.MaterialsLibraryFor(siteUrl), cancellationToken);

    /// <summary>
    /// Writes a course snapshot into a provisioned site, idempotently: importing the same snapshot twice
    /// leaves one copy, and the second import writes nothing.
    /// </summary>
    /// <param name="snapshot">The course.</param>
    /// <param name="siteUrl">The site.</param>
    /// <param name="cancellationToken">Cancels the import; running it again completes it.</param>
    /// <returns>How many items were created, updated and already right.</returns>
    /// <exception cref="CoproductionGraphException">The site is not provisioned, or Graph refused a request.</exception>
    public async Task<ImportReport> ImportAsync(CourseSnapshot snapshot, string siteUrl, CancellationToken cancellationToken = default) =>
        (await ImportManyAsync([snapshot], siteUrl, progress: null, cancellationToken))[0];

    /// <summary>
    /// Writes many course snapshots into a provisioned site, idempotently, reading each of the site's
    /// lists once for them all. Every snapshot is checked before anything is written.
    /// </summary>
    /// <param name="snapshots">The courses, each once.</param>
    /// <param name="siteUrl">The site.</param>
    /// <param name="progress">Hears of each course as it is written; null to hear nothing.</param>
    /// <param name="cancellationToken">Cancels the import; running it again completes it.</param>
    /// <returns>For each course, how many items were created, updated and already right.</returns>
    /// <exception cref="ArgumentException">A course is given twice.</exception>
    /// <exception cref="CoproductionGraphException">The site is not provisioned, or Graph refused a request.</exception>
    public Task<IReadOnlyList<ImportReport>> ImportManyAsync(IReadOnlyList<CourseSnapshot> snapshots, string siteUrl, IProgress<ImportReport>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return _courseWriter.WriteAsync(snapshots, siteUrl, progress, cancellationToken);
    }

    /// <summary>Reads a course from a provisioned site as a snapshot, leaving out (and reporting) the items that cannot be read.</summary>
    /// <param name="siteUrl">The site.</param>
    /// <param name="courseId">The course's id.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CoproductionGraphException">No such course, the site is not provisioned, or Graph refused a request.</exception>
    public async Task<CourseExport> ExportAsync(string siteUrl, string courseId, CancellationToken cancellationToken = default)
    {
        var site = await SiteLists.OpenAsync(_connection.Client, siteUrl, _options.MaterialsLibraryFor(siteUrl), cancellationToken);
        return await CourseReader.ReadAsync(new GraphSiteContent(site, _history, _options.Comments.Enabled ? _files : null, TimeZoneInfo.FindSystemTimeZoneById(_options.Comments.LocalTimeZone)), courseId, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The files of documents of a library, twenty a <c>$batch</c>: each one's drive, file id, name,
    /// size and content tag (<c>cTag</c>, which a change of the document's columns alone leaves as it
    /// is). A document that is gone, or is a folder, is left out.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="itemIds">The documents' list item ids.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public Task<IReadOnlyDictionary<string, Comments.DocumentFile>> ReadDocumentFilesAsync(string siteId, string libraryId, IReadOnlyList<string> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        return _files.FilesAsync(siteId, libraryId, itemIds, cancellationToken);
    }

    /// <summary>
    /// A document's comments (who made each and when, never the text), downloading it once into a
    /// temporary file within <see cref="CoproductionGraphOptions.Comments"/>' limits. A file that is no
    /// Office document is not downloaded and has none; one that cannot be read says why
    /// (<see cref="Comments.DocumentComments.Problem"/>), and never fails the call.
    /// </summary>
    /// <param name="file">The document's file, as <see cref="ReadDocumentFilesAsync"/> found it.</param>
    /// <param name="cancellationToken">Cancels the download.</param>
    /// <returns>Its comments; null when the document is gone.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused the download (403: the app may not read the library), or it failed after the SDK's retries.</exception>
    public Task<Comments.DocumentComments?> ReadCommentsAsync(Comments.DocumentFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return _files.CommentsAsync(file, cancellationToken);
    }

    /// <summary>How comments in documents are read (<see cref="CoproductionGraphOptions.Comments"/>).</summary>
    public Comments.CommentReadingOptions CommentReading => _options.Comments;

    /// <summary>
    /// Writes items in <c>$batch</c> requests of up to 20, retrying what is throttled inside a batch
    /// after its Retry-After, and an update refused with 412.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="updates">The writes, in order.</param>
    /// <param name="cancellationToken">Cancels writing; what was written stays.</param>
    /// <returns>Each write's item id (a new item's id for a create).</returns>
    /// <exception cref="CoproductionGraphException">A write was refused for good.</exception>
    public Task<IReadOnlyList<string>> WriteAsync(string siteId, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return _writer.WriteAsync(siteId, Writes(updates), cancellationToken);
    }

    /// <summary>
    /// Writes items as <see cref="WriteAsync"/> does, but a write Graph refuses for what it asks
    /// (<see cref="CoproductionGraphException.IsRefusal"/>, such as a value a column does not take), or
    /// answers 404 (the item deleted meanwhile), is given back as refused rather than failing the
    /// others: one bad write stops nothing else.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="updates">The writes, in order.</param>
    /// <param name="cancellationToken">Cancels writing; what was written stays.</param>
    /// <returns>What became of each write, in order.</returns>
    /// <exception cref="CoproductionGraphException">Graph failed otherwise (no answer, throttled for too long, sign-in, permissions).</exception>
    public Task<IReadOnlyList<ItemWriteResult>> WriteEachAsync(string siteId, IReadOnlyList<ItemUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        return _writer.WriteEachAsync(siteId, Writes(updates), cancellationToken);
    }

    private static List<ItemWrite> Writes(IReadOnlyList<ItemUpdate> updates)
    {
        if (updates.FirstOrDefault(u => u.DriveId is not null && u.ItemId is null) is { } orphan)
        {
            throw new ArgumentException($"A write to list {orphan.ListId} names a drive but no item: a document's fields are written through its file, so give the file's drive item id.", nameof(updates));
        }

        return updates.Select(u => new ItemWrite(u.ListId, u.ItemId, u.Fields.ToGraph(), u.DriveId)).ToList();
    }

    /// <summary>Uploads a small file to a library (a new version if it is there), then sets its fields.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="content">The file.</param>
    /// <param name="fields">Fields to set on the document, such as its course; none to leave them.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The document's list item id.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused the upload.</exception>
    public async Task<string> UploadAsync(string siteId, string libraryId, string fileName, byte[] content, FieldSet? fields = null, CancellationToken cancellationToken = default)
    {
        var drive = await FindLibraryDriveAsync(siteId, libraryId, cancellationToken);
        var file = await UploadFileAsync(drive, fileName, content, cancellationToken);
        var item = await Documents.ListItemAsync(_connection.Client, drive, file, fileName, cancellationToken);
        if (fields is { Count: > 0 })
        {
            await _writer.WriteAsync(siteId, [new ItemWrite(libraryId, item, fields.ToGraph())], cancellationToken);
        }

        return item;
    }

    /// <summary>The id of a library's drive, for <see cref="UploadFileAsync"/>.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused the request.</exception>
    public Task<string> FindLibraryDriveAsync(string siteId, string libraryId, CancellationToken cancellationToken = default) =>
        Documents.DriveAsync(_connection.Client, siteId, libraryId, cancellationToken);

    /// <summary>
    /// Uploads a small file to a library's drive in one request (a new version if it is there). Set its
    /// fields with an <see cref="ItemUpdate"/> naming the drive and the returned id, in a batch with other writes.
    /// </summary>
    /// <param name="driveId">The library's drive (<see cref="FindLibraryDriveAsync"/>).</param>
    /// <param name="fileName">The file's name.</param>
    /// <param name="content">The file.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <returns>The file's drive item id.</returns>
    /// <exception cref="CoproductionGraphException">Graph refused the upload.</exception>
    public Task<string> UploadFileAsync(string driveId, string fileName, byte[] content, CancellationToken cancellationToken = default) =>
        Documents.PutAsync(_connection.Client, driveId, fileName, content, cancellationToken);

    /// <summary>The name of a file of a library's drive, or null when it is gone.</summary>
    /// <param name="driveId">The library's drive.</param>
    /// <param name="fileId">The file's drive item id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CoproductionGraphException">Graph refused the request.</exception>
    public Task<string?> FindFileNameAsync(string driveId, string fileId, CancellationToken cancellationToken = default) =>
        Documents.NameAsync(_connection.Client, driveId, fileId, cancellationToken);

    /// <summary>Deletes a file of a library's drive; one already gone is no error.</summary>
    /// <param name="driveId">The library's drive.</param>
    /// <param name="fileId">The file's drive item id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="CoproductionGraphException">Graph refused the request.</exception>
    public Task DeleteFileAsync(string driveId, string fileId, CancellationToken cancellationToken = default) =>
        Documents.DeleteAsync(_connection.Client, driveId, fileId, cancellationToken);

    /// <summary>The versions of a document of a library, oldest first: who saved each and its size.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="itemId">The document's list item id.</param>
    /// <param name="userListId">The site's user information list (<see cref="SiteSchema.UserInformation"/>), to tell who saved a version where the version does not say by account; null if Graph does not show it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<IReadOnlyList<DocumentVersion>> ReadVersionsAsync(string siteId, string libraryId, string itemId, string? userListId, CancellationToken cancellationToken = default) =>
        (await _history.ReadAsync(siteId, libraryId, userListId, [itemId], new InMemorySiteUserDirectory(), cancellationToken))[itemId];

    /// <summary>The versions of many documents of a library, by list item id, read in <c>$batch</c>es of 20; a document that is gone has none.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="itemIds">The documents' list item ids.</param>
    /// <param name="userListId">The site's user information list, or null.</param>
    /// <param name="users">What is known of the site's users; what is read of them is kept there.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<DocumentVersion>>> ReadManyVersionsAsync(
        string siteId, string libraryId, IReadOnlyList<string> itemIds, string? userListId, ISiteUserDirectory users, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        ArgumentNullException.ThrowIfNull(users);
        return _history.ReadAsync(siteId, libraryId, userListId, itemIds, users, cancellationToken);
    }

    /// <summary>
    /// Who the entries of a site's user information list are (an item's <c>EditorLookupId</c>, a person
    /// column's lookup ids): from <paramref name="users"/>, and what it lacks read from the site, twenty a <c>$batch</c>.
    /// </summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="userListId">The site's user information list, or null when Graph does not show it (then only what is known is given).</param>
    /// <param name="lookupIds">The lookup ids.</param>
    /// <param name="users">What is known of the site's users; what is read is kept there.</param>
    /// <param name="lastChanged">
    /// For some of the lookup ids, an item that user last changed (its <c>EditorLookupId</c>): read in the
    /// same batches for the person's Entra object id, which the site's user list does not hold. Null for none.
    /// </param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public Task<IReadOnlyDictionary<string, SiteUser>> ResolveUsersAsync(
        string siteId, string? userListId, IReadOnlyCollection<string> lookupIds, ISiteUserDirectory users, IReadOnlyDictionary<string, ListItemRef>? lastChanged = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lookupIds);
        ArgumentNullException.ThrowIfNull(users);
        return _history.KnownUsersAsync(siteId, userListId, lookupIds, users, lastChanged, cancellationToken);
    }

    /// <summary>The content of a document of a library.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="libraryId">The library's list id.</param>
    /// <param name="itemId">The document's list item id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<byte[]> ReadFileAsync(string siteId, string libraryId, string itemId, CancellationToken cancellationToken = default)
    {
        var graph = _connection.Client;
        var file = await GraphCalls.RunAsync("Finding a document's file", () => graph.Sites[siteId].Lists[libraryId].Items[itemId].DriveItem.GetAsync(cancellationToken: cancellationToken));
        await using var stream = await GraphCalls.RunAsync("Reading a document", () => graph.Drives[file!.ParentReference!.DriveId].Items[file.Id].Content.GetAsync(cancellationToken: cancellationToken));
        using var buffer = new MemoryStream();
        await stream!.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Every item of a list, read through Graph.</summary>
    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="listId">The list's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="CoproductionGraphException">Graph refused a request.</exception>
    public async Task<IReadOnlyList<ListItemData>> ReadItemsAsync(string siteId, string listId, CancellationToken cancellationToken = default)
    {
        // Keyed by its id, so that a failure names the list.
        var site = new SiteLists(_connection.Client, siteId, new Dictionary<string, string> { [listId] = listId });
        return await site.ReadAsync(listId, cancellationToken);
    }

    /// <summary>
    /// Checks a site, only reading: the app's access, the schema, and each assumption the adapter makes
    /// about Graph that only a real tenant settles (docs/graph-assumptions.md), tried for real.
    /// </summary>
    /// <param name="siteUrl">The site.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What holds, what does not and what that means.</returns>
    /// <exception cref="ArgumentException">The site URL is not a SharePoint site URL.</exception>
    /// <exception cref="CoproductionGraphException">Graph could not be reached at all.</exception>
    public Task<Checks.SiteCheckReport> CheckSiteAsync(string siteUrl, CancellationToken cancellationToken = default) =>
        new Checks.SiteCheck(_connection).RunAsync(siteUrl, _options.MaterialsLibraryFor(siteUrl), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
