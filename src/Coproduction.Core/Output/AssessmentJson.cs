using System.Text.Json;
using Coproduction.Assessment;
using Coproduction.Text;

namespace Coproduction.Output;

/// <summary>
/// Writes an assessment as JSON in exactly the shape of the assessment rules: the same assessment
/// always gives the same bytes (UTC times, fixed member order, <c>\n</c> line ends).
/// </summary>
public static class AssessmentJson
{
    /// <summary>Writes the assessment as indented JSON, ending with a new line.</summary>
    /// <param name="assessment">The assessment.</param>
    public static string Serialize(CourseAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonOutput.Write(w => Write(w, assessment));
    }

    private static void Write(Utf8JsonWriter w, CourseAssessment a)
    {
        w.WriteStartObject();
        w.WriteString("courseId", a.CourseId);
        w.WriteString("asOf", IsoTime.FormatUtc(a.AsOf));
        w.WriteString("stage", a.Stage.ToWord());
        w.WriteNumber("score", a.Score);
        w.WriteBoolean("readyForQuality", a.ReadyForQuality);

        w.WriteStartArray("checklist");
        foreach (var item in a.Checklist)
        {
            w.WriteStartObject();
            w.WriteString("item", item.Item.ToWord());
            w.WriteString("status", item.Status.ToWord());
            w.WriteNumber("score", item.Score);
            w.WriteString("reason", item.Reason);
            w.WriteStrings("evidence", item.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("flags");
        foreach (var flag in a.Flags)
        {
            w.WriteStartObject();
            w.WriteString("kind", flag.Kind.ToWord());
            w.WriteString("subject", flag.Subject);
            w.WriteStrings("people", flag.People);
            w.WriteString("since", IsoTime.FormatUtc(flag.Since));
            w.WriteString("message", flag.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStrings("permittedTriggers", a.PermittedTriggers.Select(t => t.ToWord()));

        // Added in version 1.1 at the end, so that what version 1 wrote comes first, byte for byte as before.
        var said = a.YouSaidWeDid;
        w.WriteStartObject("youSaidWeDid");
        w.WriteNumber("inputs", said.Inputs);
        w.WriteNumber("answered", said.Answered);
        w.WriteNumber("adopted", said.Adopted);
        w.WriteNumber("adapted", said.Adapted);
        w.WriteNumber("notAdopted", said.NotAdopted);
        w.WriteNumber("overdue", said.Overdue);
        w.WriteEndObject();
        w.WriteStartObject("coDelivery");
        w.WriteNumber("sessions", a.CoDelivery.Sessions);
        w.WriteNumber("coDelivered", a.CoDelivery.CoDelivered);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
