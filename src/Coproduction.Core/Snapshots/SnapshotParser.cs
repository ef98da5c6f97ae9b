using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Builds a <see cref="CourseSnapshot"/> from a parsed document, checking the shape of every member
/// in document order: required members, types, enumerated words, times and text that must not be
/// blank. The format's rules over the whole snapshot (ids present and unique, collections not
/// empty, what each kind of activity needs, the taxonomy, the stage history's order, references)
/// are <see cref="SnapshotValidator"/>'s alone, checked once the shape is known to be right, so that
/// a document and a snapshot built in code meet each rule in one place with one message.
/// Members this version does not know are ignored, so that later versions stay readable.
/// </summary>
internal static class SnapshotParser
{
    public static CourseSnapshot Parse(JsonNode root)
    {
        var format = root.Required("format");
        if (format.String() != CourseSnapshot.FormatVersion1)
        {
            throw format.Problem($"is not a format this library reads; expected '{CourseSnapshot.FormatVersion1}'");
        }

        return new CourseSnapshot
        {
            AsOf = root.Optional("asOf")?.Time(),
            Course = ParseCourse(root.Required("course")),
            Taxonomy = ParseTaxonomy(root.Optional("taxonomy")),
            People = List(root.Optional("people"), ParsePerson),
            Materials = List(root.Optional("materials"), ParseMaterial),
            Activities = List(root.Optional("activities"), ParseActivity),
            Decisions = List(root.Optional("decisions"), ParseDecision),
            ChecklistNotes = List(root.Optional("checklistNotes"), n => new ChecklistNote(n.Required("item").Word<ChecklistItem>(), n.Required("note").String())),
            StageHistory = List(root.Optional("stageHistory"), c => new StageChange(c.Required("at").Time(), c.Required("from").Word<Stage>(), c.Required("to").Word<Stage>(), c.Required("by").NonBlankString())),

            // Added in version 1.1, so checked after the members of version 1.
            Sessions = List(root.Optional("sessions"), ParseSession),
        };
    }

    private static Course ParseCourse(JsonNode node) => new()
    {
        Id = node.Required("id").String(),
        Title = node.Required("title").NonBlankString(),
        Kind = node.Required("kind").Word<CourseKind>(),
        Topics = Topics(node.Required("topics")),
        Stage = node.Required("stage").Word<Stage>(),
        LeadId = node.Optional("leadId")?.NonBlankString(),
    };

    /// <summary>Narrower topic to broader topic, in document order (the validator names an entry by its position).</summary>
    private static Dictionary<string, string> ParseTaxonomy(JsonNode? node)
    {
        var taxonomy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (narrower, broader) in node?.Members() ?? [])
        {
            taxonomy.Add(narrower, broader.String()); // the same name twice is refused before parsing
        }

        return taxonomy;
    }

    private static Person ParsePerson(JsonNode node) => new()
    {
        Id = node.Required("id").String(),
        DisplayName = node.Required("displayName").NonBlankString(),
        Membership = node.Required("membership").Word<Membership>(),
        Role = node.Optional("role")?.String(),
        Seniority = node.Optional("seniority") is { } seniority ? NotNegative(seniority) : null,
        Experience = List(node.Optional("experience"), e => new Experience(e.Required("kind").Word<ExperienceKind>(), Topics(e.Required("topics")))),
    };

    private static Material ParseMaterial(JsonNode node) => new()
    {
        Id = node.Required("id").String(),
        Title = node.Required("title").NonBlankString(),
        Versions = List(node.Required("versions"), ParseSignature),
        Agreements = List(node.Optional("agreements"), ParseSignature),
    };

    private static Activity ParseActivity(JsonNode node) => new()
    {
        // The kind first: what else an activity needs depends on it.
        Kind = node.Required("kind").Word<ActivityKind>(),
        Id = node.Required("id").String(),
        At = node.Required("at").Time(),
        By = node.Required("by").NonBlankString(),
        Participants = List(node.Optional("participants"), p => p.NonBlankString()),
        On = node.Optional("on")?.NonBlankString(),
        Mode = node.Optional("mode")?.Word<ActivityMode>(),
        Aspect = node.Optional("aspect")?.Word<FeedbackAspect>(),
        Method = node.Optional("method")?.Word<FocusGroupMethod>(),
        Phase = node.Optional("phase")?.Word<FocusGroupPhase>(),
        Accepted = node.Optional("accepted")?.Boolean(),
        Response = node.Optional("response") is { } response ? ParseResponse(response) : null,
    };

    private static InputResponse ParseResponse(JsonNode node) => new()
    {
        At = node.Required("at").Time(),
        By = node.Required("by").NonBlankString(),
        Outcome = node.Required("outcome").Word<ResponseOutcome>(),
        Reason = node.Optional("reason")?.String(),
    };

    private static DeliveredSession ParseSession(JsonNode node) => new()
    {
        Id = node.Required("id").String(),
        At = node.Required("at").Time(),
        Trainers = List(node.Required("trainers"), t => t.NonBlankString()),
        Mode = node.Optional("mode")?.Word<SessionMode>(),
    };

    private static Decision ParseDecision(JsonNode node) => new()
    {
        Id = node.Required("id").String(),
        Summary = node.Required("summary").NonBlankString(),
        At = node.Required("at").Time(),
        By = node.Required("by").NonBlankString(),
        Involved = List(node.Optional("involved"), p => p.NonBlankString()),
        Exemption = node.Optional("exemption")?.Word<Exemption>(),
        Justification = node.Optional("justification")?.String(),
    };

    private static Signature ParseSignature(JsonNode node) =>
        new(node.Required("at").Time(), node.Required("by").NonBlankString());

    private static List<string> Topics(JsonNode node) => List(node, t => t.NonBlankString());

    private static int NotNegative(JsonNode node)
    {
        var value = node.Integer();
        return value >= 0 ? value : throw node.Problem("is negative; seniority is 0 (none) or more");
    }

    private static List<T> List<T>(JsonNode? node, Func<JsonNode, T> parse) =>
        node is { } array ? array.Items().Select(parse).ToList() : [];
}
