using System.Text.Json;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Snapshots;

/// <summary>Writes the members of a snapshot in the order the format describes them; optional members only when present.</summary>
internal static class SnapshotWriter
{
    public static void Write(Utf8JsonWriter w, CourseSnapshot s)
    {
        w.WriteStartObject();
        w.WriteString("format", CourseSnapshot.FormatVersion1);
        Time(w, "asOf", s.AsOf);
        WriteCourse(w, s.Course);
        if (s.Taxonomy.Count > 0)
        {
            w.WriteStartObject("taxonomy");
            foreach (var (narrower, broader) in s.Taxonomy)
            {
                w.WriteString(narrower, broader);
            }

            w.WriteEndObject();
        }

        Array(w, "people", s.People, WritePerson);
        Array(w, "materials", s.Materials, WriteMaterial);
        Array(w, "activities", s.Activities, WriteActivity);
        Array(w, "decisions", s.Decisions, WriteDecision);
        Array(w, "checklistNotes", s.ChecklistNotes, (w, n) =>
        {
            w.WriteString("item", n.Item.ToWord());
            w.WriteString("note", n.Note);
        });
        Array(w, "stageHistory", s.StageHistory, (w, c) =>
        {
            Time(w, "at", c.At);
            w.WriteString("from", c.From.ToWord());
            w.WriteString("to", c.To.ToWord());
            w.WriteString("by", c.By);
        });
        Array(w, "sessions", s.Sessions, WriteSession);
        w.WriteEndObject();
    }

    private static void WriteCourse(Utf8JsonWriter w, Course c)
    {
        w.WriteStartObject("course");
        w.WriteString("id", c.Id);
        w.WriteString("title", c.Title);
        w.WriteString("kind", c.Kind.ToWord());
        w.WriteStrings("topics", c.Topics);
        w.WriteString("stage", c.Stage.ToWord());
        Optional(w, "leadId", c.LeadId);
        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, Person p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("displayName", p.DisplayName);
        w.WriteString("membership", p.Membership.ToWord());
        Optional(w, "role", p.Role);
        if (p.Seniority is { } seniority)
        {
            w.WriteNumber("seniority", seniority);
        }

        Array(w, "experience", p.Experience, (w, e) =>
        {
            w.WriteString("kind", e.Kind.ToWord());
            w.WriteStrings("topics", e.Topics);
        });
    }

    private static void WriteMaterial(Utf8JsonWriter w, Material m)
    {
        w.WriteString("id", m.Id);
        w.WriteString("title", m.Title);
        Array(w, "versions", m.Versions, WriteSignature, always: true);
        Array(w, "agreements", m.Agreements, WriteSignature);
    }

    private static void WriteActivity(Utf8JsonWriter w, Activity a)
    {
        w.WriteString("id", a.Id);
        w.WriteString("kind", a.Kind.ToWord());
        Time(w, "at", a.At);
        w.WriteString("by", a.By);
        if (a.Participants.Count > 0)
        {
            w.WriteStrings("participants", a.Participants);
        }

        Optional(w, "on", a.On);
        Optional(w, "mode", a.Mode?.ToWord());
        Optional(w, "aspect", a.Aspect?.ToWord());
        Optional(w, "method", a.Method?.ToWord());
        Optional(w, "phase", a.Phase?.ToWord());
        if (a.Accepted is { } accepted)
        {
            w.WriteBoolean("accepted", accepted);
        }

        if (a.Response is { } response)
        {
            w.WriteStartObject("response");
            Time(w, "at", response.At);
            w.WriteString("by", response.By);
            w.WriteString("outcome", response.Outcome.ToWord());
            Optional(w, "reason", response.Reason);
            w.WriteEndObject();
        }
    }

    private static void WriteSession(Utf8JsonWriter w, DeliveredSession s)
    {
        w.WriteString("id", s.Id);
        Time(w, "at", s.At);
        w.WriteStrings("trainers", s.Trainers);
        Optional(w, "mode", s.Mode?.ToWord());
    }

    private static void WriteDecision(Utf8JsonWriter w, Decision d)
    {
        w.WriteString("id", d.Id);
        w.WriteString("summary", d.Summary);
        Time(w, "at", d.At);
        w.WriteString("by", d.By);
        if (d.Involved.Count > 0)
        {
            w.WriteStrings("involved", d.Involved);
        }

        Optional(w, "exemption", d.Exemption?.ToWord());
        Optional(w, "justification", d.Justification);
    }

    private static void WriteSignature(Utf8JsonWriter w, Signature s)
    {
        Time(w, "at", s.At);
        w.WriteString("by", s.By);
    }

    private static void Array<T>(Utf8JsonWriter w, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeMembers, bool always = false)
    {
        if (items.Count == 0 && !always)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            writeMembers(w, item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            w.WriteString(name, IsoTime.Format(time));
        }
    }
}
