namespace Coproduction.Snapshots;

/// <summary>
/// The words of problems that both the reader (<see cref="JsonNode"/>, <see cref="SnapshotParser"/>)
/// and <see cref="SnapshotValidator"/> can report, written once. A problem says what is wrong at its
/// path, never what the document holds there: that may be a person's words or a topic tag.
/// </summary>
internal static class SnapshotProblems
{
    public const string Empty = "must not be empty";

    public static string Missing(string member) => $"the required member '{member}' is missing";

    public static string AtLeastOne(string what) => $"must hold at least one {what}";
}
