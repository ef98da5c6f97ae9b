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

    private static string Describe(string message, int? status, string? errorCode) =>
        (status, errorCode) switch
        {
            (null, null) => message,
            (_, null) => $"{message} (HTTP {status})",
            (null, _) => $"{message} ({errorCode})",
            _ => $"{message} (HTTP {status}, {errorCode})",
        };
}
