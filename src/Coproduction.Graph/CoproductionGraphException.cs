namespace Coproduction.Graph;

/// <summary>
/// The one exception type of this library: Microsoft Graph refused or failed a request. It carries
/// the HTTP status and Graph's error code (such as <c>itemNotFound</c> or <c>resyncRequired</c>) so
/// that callers can decide without parsing messages.
/// </summary>
public sealed class CoproductionGraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, naming the site, list or item by id.</param>
    /// <param name="status">The HTTP status Graph answered with, if it answered.</param>
    /// <param name="errorCode">Graph's error code, if it gave one.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public CoproductionGraphException(string message, int? status = null, string? errorCode = null, Exception? innerException = null)
        : base(Describe(message, status, errorCode), innerException)
    {
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status Graph answered with; null when no answer came (a dropped connection, a time-out).</summary>
    public int? Status { get; }

    /// <summary>Graph's error code, such as <c>itemNotFound</c>; null when it gave none.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// For a course whose own item cannot be read (error code <c>courseUnreadable</c>): the problems found,
    /// where each is and never its content, so that they can be shown to staff. Empty otherwise.
    /// </summary>
    public IReadOnlyList<Mapping.DataProblem> Problems { get; init; } = [];

    /// <summary>
    /// Whether Graph refused this one request for what it asks (HTTP 400, 405, 413, 414, 415, 422 and
    /// the like), which asking again will not change: not a failure of Graph or of the way to it (no
    /// answer, throttling, sign-in, permissions, something gone), nor a state that clears (409 a
    /// conflict, 412 a changed item, 423 a file checked out or open, 425 too early, 407 a proxy).
    /// </summary>
    public bool IsRefusal => Refuses(Status);

    internal static bool Refuses(int? status) => status is >= 400 and < 500 and not (401 or 403 or 404 or 407 or 408 or 409 or 412 or 423 or 425 or 429);

    private static string Describe(string message, int? status, string? errorCode) =>
        (status, errorCode) switch
        {
            (null, null) => message,
            (_, null) => $"{message} (HTTP {status})",
            (null, _) => $"{message} ({errorCode})",
            _ => $"{message} (HTTP {status}, {errorCode})",
        };
}
