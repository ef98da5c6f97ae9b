using Coproduction.Model;

namespace Coproduction.Snapshots;

/// <summary>
/// Builds a <see cref="CourseSnapshot"/> from a parsed document, checking the shape of every member
/// in document order: required members, types, enumerated words, times and unique ids. References
/// between ids are checked afterwards by <see cref="SnapshotReferences"/>, once every id is known.
/// Members this version does not know are ignored, so that later versions stay readable.
/// </summary>
internal static class SnapshotParser
{
    public static CourseSnapshot Parse(JsonNode root)
    {
        var format = root.Required("format");
        if (format.String() != CourseSnapshot.FormatVersion1)
        {
            throw format.Problem($"'{format.String()}' is not a format this library reads; expected '{CourseSnapshot.FormatVersion1}'");
        }

        return new CourseSnapshot
        {
            AsOf = root.Optional("asOf")?.Time(),
            Course = ParseCourse(root.Required("course")),
            Taxonomy = TaxonomyParser.Parse(root.Optional("taxonomy")),
            People = UniqueIds(root.Optional("people"), "person", ParsePerson, p => p.Id),
            Materials = UniqueIds(root.Optional("materials"), "material", ParseMaterial, m => m.Id),
            Activities = UniqueIds(root.Optional("activities"), "activity", ParseActivity, a => a.Id),
            Decisions = UniqueIds(root.Optional("decisions"), "decision", ParseDecision, d => d.Id),
            ChecklistNotes = List(root.Optional("checklistNotes"), n => new ChecklistNote(n.Required("item").Word<ChecklistItem>(), n.Required("note").String())),
            StageHistory = ParseStageHistory(root.Optional("stageHistory")),
        };
    }

    private static Course ParseCourse(JsonNode node) => new()
    {
        Id = node.Required("id").NonBlankString(),
        Title = node.Required("title").NonBlankString(),
        Kind = node.Required("kind").Word<CourseKind>(),
        Topics = Topics(node.Required("topics")),
        Stage = node.Required("stage").Word<Stage>(),
        LeadId = node.Optional("leadId")?.NonBlankString(),
    };

    private static Person ParsePerson(JsonNode node)
    {
        var person = new Person
        {
            Id = node.Required("id").NonBlankString(),
            DisplayName = node.Required("displayName").NonBlankString(),
            Membership = node.Required("membership").Word<Membership>(),
            Role = node.Optional("role")?.String(),
            Seniority = node.Optional("seniority") is { } seniority ? NotNegative(seniority) : null,
            Experience = List(node.Optional("experience"), e => new Experience(e.Required("kind").Word<ExperienceKind>(), Topics(e.Required("topics")))),
        };
        return person;
    }

    private static Material ParseMaterial(JsonNode node) => new()
    {
        Id = node.Required("id").NonBlankString(),
        Title = node.Required("title").NonBlankString(),
        Versions = AtLeastOne(node.Required("versions"), "version", ParseSignature),
        Agreements = List(node.Optional("agreements"), ParseSignature),
    };

    private static Activity ParseActivity(JsonNode node)
    {
        var kind = node.Required("kind").Word<ActivityKind>();
        return new Activity
        {
            Id = node.Required("id").NonBlankString(),
            Kind = kind,
            At = node.Required("at").Time(),
            By = node.Required("by").NonBlankString(),
            Participants = List(node.Optional("participants"), p => p.NonBlankString()),
            On = (kind is ActivityKind.Feedback or ActivityKind.Objection ? node.Required("on") : node.Optional("on"))?.NonBlankString(),
            Mode = node.Optional("mode")?.Word<ActivityMode>(),
            Aspect = node.Optional("aspect")?.Word<FeedbackAspect>(),
            Method = (kind == ActivityKind.FocusGroup ? node.Required("method") : node.Optional("method"))?.Word<FocusGroupMethod>(),
            Phase = node.Optional("phase")?.Word<FocusGroupPhase>(),
            Accepted = node.Optional("accepted")?.Boolean(),
        };
    }

    private static Decision ParseDecision(JsonNode node) => new()
    {
        Id = node.Required("id").NonBlankString(),
        Summary = node.Required("summary").NonBlankString(),
        At = node.Required("at").Time(),
        By = node.Required("by").NonBlankString(),
        Involved = List(node.Optional("involved"), p => p.NonBlankString()),
        Exemption = node.Optional("exemption")?.Word<Exemption>(),
        Justification = node.Optional("justification")?.String(),
    };

    private static List<StageChange> ParseStageHistory(JsonNode? node)
    {
        var history = new List<StageChange>();
        foreach (var item in node?.Items() ?? [])
        {
            var at = item.Required("at");
            var change = new StageChange(at.Time(), item.Required("from").Word<Stage>(), item.Required("to").Word<Stage>(), item.Required("by").NonBlankString());
            if (history.Count > 0 && change.At < history[^1].At)
            {
                throw at.Problem($"is earlier than the entry before it ({Text.IsoTime.Format(history[^1].At)}); the stage history must be in time order");
            }

            history.Add(change);
        }

        return history;
    }

    private static Signature ParseSignature(JsonNode node) =>
        new(node.Required("at").Time(), node.Required("by").NonBlankString());

    private static List<string> Topics(JsonNode node) => AtLeastOne(node, "topic", t => t.NonBlankString());

    private static int NotNegative(JsonNode node)
    {
        var value = node.Integer();
        return value >= 0 ? value : throw node.Problem($"{value} is negative; seniority is 0 (none) or more");
    }

    private static List<T> List<T>(JsonNode? node, Func<JsonNode, T> parse) =>
        node is { } array ? array.Items().Select(parse).ToList() : [];

    private static List<T> AtLeastOne<T>(JsonNode node, string what, Func<JsonNode, T> parse)
    {
        var items = List(node, parse);
        return items.Count > 0 ? items : throw node.Problem($"must hold at least one {what}");
    }

    private static List<T> UniqueIds<T>(JsonNode? node, string what, Func<JsonNode, T> parse, Func<T, string> id)
    {
        var items = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var itemNode in node?.Items() ?? [])
        {
            var item = parse(itemNode);
            if (!seen.Add(id(item)))
            {
                throw itemNode.Required("id").Problem($"another {what} already has id '{id(item)}'; ids must be unique");
            }

            items.Add(item);
        }

        return items;
    }
}
