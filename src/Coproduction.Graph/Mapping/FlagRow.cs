using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A flag as the flags list holds it: the one form a flag takes on a site, unique by course, kind and
/// subject, with one <see cref="Fingerprint"/> of what it says. The worker makes one from each flag
/// of an assessment and reads one back from each flag item, and writes only where the two differ.
/// </summary>
/// <param name="Course">The course's item id in the courses list.</param>
/// <param name="Kind">The flag kind's label (or <see cref="FlagsList.StageChangeLabel"/>).</param>
/// <param name="Subject">The material, decision or course it is about.</param>
/// <param name="People">The ids of the people it concerns, joined, as the item holds them.</param>
/// <param name="Since">Since when the condition has held.</param>
/// <param name="Message">What to do.</param>
/// <param name="Status">Open or resolved.</param>
public sealed record FlagRow(string Course, string Kind, string Subject, string People, DateTimeOffset? Since, string Message, FlagStatus Status)
{
    /// <summary>An open flag, its text cut to what a single line of text keeps (the evidence report names everyone concerned).</summary>
    /// <param name="course">The course's item id.</param>
    /// <param name="kind">The flag kind's label.</param>
    /// <param name="subject">What it is about.</param>
    /// <param name="people">The ids of the people it concerns.</param>
    /// <param name="since">Since when.</param>
    /// <param name="message">What to do.</param>
    public static FlagRow Open(string course, string kind, string subject, IReadOnlyList<string> people, DateTimeOffset since, string message) =>
        new(course, kind, subject, SingleLineTexts.Cut(string.Join("; ", people ?? [])), since, message, FlagStatus.Open);

    /// <summary>
    /// A flag item as read, or null for an item that is no flag of the worker's (no course, kind or
    /// subject). Its kind is read as it stands, even a label no longer offered, so that a flag of a
    /// kind since renamed is still known, and resolved.
    /// </summary>
    /// <param name="fields">The item's fields.</param>
    public static FlagRow? Read(SiteFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return fields.Find(FlagsList.Course) is { } course && fields.Raw(FlagsList.Kind.Name) is string { Length: > 0 } kind && fields.Find(FlagsList.Subject) is { } subject
            ? new FlagRow(course, kind, subject, fields.Find(FlagsList.People) ?? string.Empty, fields.Find(FlagsList.Since), fields.Find(FlagsList.Message) ?? string.Empty,
                fields.Find(FlagsList.Status) ?? FlagStatus.Open)
            : null;
    }

    /// <summary>The item's fields.</summary>
    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, SingleLineTexts.Cut($"{Kind}: {Subject}"))
        .Set(FlagsList.Course, Course)
        .Set(FlagsList.Kind, Kind)
        .Set(FlagsList.Subject, Subject)
        .Set(FlagsList.People, People)
        .Set(FlagsList.Since, Since)
        .Set(FlagsList.Message, Message)
        .Set(FlagsList.Status, Status);

    /// <summary>What the item says: an item that still says what the worker would write is not written again, even after a restart.</summary>
    public string Fingerprint => ToFields().Fingerprint;
}
