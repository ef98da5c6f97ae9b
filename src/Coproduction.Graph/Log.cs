using Microsoft.Extensions.Logging;

namespace Coproduction.Graph;

/// <summary>
/// Everything this library logs, in one place. Messages name ids and counts only: never people's
/// names, experience, notes or message text (lived experience is health information).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Created list {ListKey} ({ListId}) on site {SiteId}")]
    public static partial void ListCreated(ILogger logger, string listKey, string listId, string siteId);

    [LoggerMessage(2, LogLevel.Information, "Added column {Column} to list {ListKey} on site {SiteId}")]
    public static partial void ColumnAdded(ILogger logger, string column, string listKey, string siteId);

    [LoggerMessage(42, LogLevel.Information, "Added {Count} choices to column {Column} of list {ListKey} on site {SiteId}")]
    public static partial void ChoicesAdded(ILogger logger, int count, string column, string listKey, string siteId);

    [LoggerMessage(3, LogLevel.Information, "Provisioned site {SiteId}: {Lists} lists created, {Columns} columns added")]
    public static partial void Provisioned(ILogger logger, string siteId, int lists, int columns);

    [LoggerMessage(4, LogLevel.Debug, "Read {Changes} changes of list {ListId} in {Pages} pages")]
    public static partial void DeltaRead(ILogger logger, string listId, int changes, int pages);

    [LoggerMessage(5, LogLevel.Warning, "The delta token of list {ListId} has expired (HTTP 410 {Code}); reading it afresh")]
    public static partial void DeltaExpired(ILogger logger, string listId, string? code);

    [LoggerMessage(30, LogLevel.Warning, "Reading the changes of list {ListId} was refused (HTTP {Status}); the site's other lists are read on")]
    public static partial void DeltaRefused(ILogger logger, string listId, int status);

    [LoggerMessage(6, LogLevel.Warning, "Graph answered HTTP {Status} to a {Method} request (Retry-After: {RetryAfter})")]
    public static partial void GraphAnswered(ILogger logger, int status, string method, string retryAfter);

    [LoggerMessage(7, LogLevel.Warning, "{Count} requests of a batch were answered HTTP {Status}; sending them again in {Wait} (attempt {Attempt})")]
    public static partial void BatchRetry(ILogger logger, int count, int status, TimeSpan wait, int attempt);

    [LoggerMessage(8, LogLevel.Warning, "Delta gave {Count} items of list {ListId} without their fields, though they were asked for; read them one by one")]
    public static partial void FieldsReadAgain(ILogger logger, string listId, int count);

    [LoggerMessage(9, LogLevel.Information, "Formatted column {Column} of list {ListKey} on site {SiteId}")]
    public static partial void ColumnFormatted(ILogger logger, string column, string listKey, string siteId);

    [LoggerMessage(10, LogLevel.Information, "Column {Column} of list {ListKey} on site {SiteId} holds formatting of someone else's: kept")]
    public static partial void FormattingKept(ILogger logger, string column, string listKey, string siteId);

    [LoggerMessage(11, LogLevel.Information, "Created view {ViewKey} of list {ListKey} on site {SiteId}")]
    public static partial void ViewCreated(ILogger logger, string viewKey, string listKey, string siteId);

    [LoggerMessage(12, LogLevel.Warning, "SharePoint's REST API refused the status at a glance on site {SiteId} (HTTP {Status}); the lists stand")]
    public static partial void FormattingRefused(ILogger logger, string siteId, int status);

    [LoggerMessage(40, LogLevel.Information, "Document {ItemId} is {Bytes} bytes, over the limit: its comments are not read")]
    public static partial void DocumentSkipped(ILogger logger, string itemId, long bytes);

    [LoggerMessage(41, LogLevel.Debug, "Read {Count} comments of document {ItemId} ({Problem})")]
    public static partial void CommentsRead(ILogger logger, string itemId, int count, Comments.DocumentReadProblem problem);
}
