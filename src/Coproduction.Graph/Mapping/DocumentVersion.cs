namespace Coproduction.Graph.Mapping;

/// <summary>A version of a document: when, by whose account (null for the application), and the file's size then.</summary>
/// <param name="At">When it was saved.</param>
/// <param name="Account">The email of the person who saved it; null when the application did.</param>
/// <param name="Size">The file's size, in bytes: a version whose size is the previous one's changed only the document's columns.</param>
public sealed record DocumentVersion(DateTimeOffset At, string? Account, long Size);
