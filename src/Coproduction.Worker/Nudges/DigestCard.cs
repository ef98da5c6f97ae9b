using System.Globalization;
using System.Text.Json.Nodes;
using static Coproduction.Worker.Nudges.AdaptiveCardJson;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// What a digest says: the course by title and id, each thing that happened to it (a flag's kind and the
/// title of the material or decision it is on; ready for quality review; entries to fix for long), the
/// digest's number, and links to the course and the site. Never a person's name, account or experience,
/// nor a flag's message (which may speak of them): only titles of courses, materials and decisions.
/// </summary>
internal static class DigestCard
{
    /// <summary>The most events a digest lists; the rest are counted. Teams takes messages of up to 28 KB.</summary>
    public const int MostListed = 20;

    /// <summary>The message of a digest, as JSON.</summary>
    /// <param name="digest">Its number.</param>
    /// <param name="course">The course.</param>
    /// <param name="events">What happened, in order.</param>
    /// <param name="madeAt">When the digest was made.</param>
    public static string Of(long digest, NudgeCourse course, IReadOnlyList<NudgeEvent> events, DateTimeOffset madeAt)
    {
        var number = digest.ToString(CultureInfo.InvariantCulture);
        List<JsonObject> body =
        [
            Heading(course.Title),
            Line(new Run($"Course {course.CourseId} · Coproduction digest {number} · {madeAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}", Subtle: true)),
            .. events.Take(MostListed).Select(Said),
        ];
        if (events.Count > MostListed)
        {
            body.Add(Line(new Run($"… and {(events.Count - MostListed).ToString(CultureInfo.InvariantCulture)} more: open the course to see them all.")));
        }

        body.Add(Line(new Run($"Each digest is sent once. If digest {number} shows again, it is a repeat of this one.", Subtle: true)));
        return Message(Card(body, [OpenUrl("Open the course", course.Link), OpenUrl("Open the site", course.SiteUrl)])).ToJsonString();
    }

    private static JsonObject Said(NudgeEvent e) => e.Kind switch
    {
        NudgeEvent.FlagOpened => Line([new Run("Flag opened: ", Bold: true), new Run(e.FlagKind ?? "a flag"), .. On(e)]),
        NudgeEvent.ReadyForQualityReview => Line(new Run("Ready for quality review: ", Bold: true), new Run("nothing the Quality Process needs is missing.")),
        NudgeEvent.NeedsAttention => Line(new Run("Entries to fix: ", Bold: true),
            new Run($"{(e.Entries is 1 ? "1 entry of the course has" : $"{(e.Entries ?? 0).ToString(CultureInfo.InvariantCulture)} entries of the course have")} needed fixing for a while; "
                + "they are listed in Coproduction entries to fix, each with what to do.")),
        _ => Line(new Run(e.Kind)),
    };

    private static Run[] On(NudgeEvent e) => e.Subject switch
    {
        "material" or "decision" when e.SubjectTitle is { } title => [new Run($", on the {e.Subject} "), new Run($"\u201C{title}\u201D", Bold: true)],
        _ => [new Run(", on the course")],
    };
}
