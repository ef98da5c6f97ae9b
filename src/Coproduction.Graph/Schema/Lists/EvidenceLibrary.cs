namespace Coproduction.Graph.Schema.Lists;

/// <summary>The evidence library, written by the worker: each course's evidence report for the Quality Process.</summary>
public static class EvidenceLibrary
{
    /// <summary>The library's key.</summary>
    public const string Key = "evidence";

    /// <summary>The course the report is of.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create().WrittenByWorker();

    /// <summary>The library's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction evidence", "Written by the worker: each course's evidence report for the Quality Process.", true, [Course.Schema]);
}
