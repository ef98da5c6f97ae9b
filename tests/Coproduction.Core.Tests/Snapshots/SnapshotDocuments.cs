using System.Globalization;
using System.Text.Json.Nodes;
using JsonTree = System.Text.Json.Nodes.JsonNode;

namespace Coproduction.Snapshots;

/// <summary>
/// Snapshot documents for the reader's tests, and small edits of them: each invalid case is one edit
/// of a valid document, so the case shows exactly what is wrong. Paths are written as the reader
/// reports them, without the leading <c>$</c>: <c>people[1].experience[0].kind</c>.
/// </summary>
internal static class SnapshotDocuments
{
    /// <summary>The example from snapshot-format.md, verbatim. The base document for most invalid cases.</summary>
    public const string SpecExample = """
        {
          "format": "coproduction-snapshot/1",
          "asOf": "2026-04-01T09:00:00Z",
          "course": {
            "id": "sleep-2026",
            "title": "Managing Sleep",
            "kind": "new",
            "topics": ["sleep"],
            "stage": "developing",
            "leadId": "p1"
          },
          "taxonomy": { "insomnia": "sleep", "nightmares": "sleep" },
          "people": [
            { "id": "p1", "displayName": "Sam", "membership": "core", "role": "peerTrainer", "seniority": 0,
              "experience": [ { "kind": "lived", "topics": ["sleep"] } ] },
            { "id": "p2", "displayName": "Dr Lee", "membership": "core", "role": "clinician", "seniority": 1,
              "experience": [ { "kind": "learned", "topics": ["sleep", "anxiety"] } ] },
            { "id": "f1", "displayName": "Focus group member 1", "membership": "focusGroup",
              "experience": [ { "kind": "carer", "topics": ["sleep"] } ] }
          ],
          "materials": [
            { "id": "m1", "title": "Session 1 slides",
              "versions":   [ { "at": "2026-03-02T10:00:00Z", "by": "p1" } ],
              "agreements": [ { "at": "2026-03-05T10:00:00Z", "by": "p2" } ] }
          ],
          "activities": [
            { "id": "a1", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1",
              "participants": ["p2"], "mode": "virtual" },
            { "id": "a2", "kind": "feedback", "at": "2026-03-03T10:00:00Z", "by": "p2",
              "on": "m1", "aspect": "content" },
            { "id": "a3", "kind": "focusGroup", "at": "2026-03-04T10:00:00Z", "by": "p1",
              "participants": ["f1"], "method": "pollOrSurvey", "phase": "beginning" }
          ],
          "decisions": [
            { "id": "d1", "summary": "Deliver as three 90-minute sessions", "at": "2026-03-06T10:00:00Z",
              "by": "p1", "involved": ["p1", "p2"] }
          ],
          "checklistNotes": [
            { "item": "focusGroupsUsed", "note": "Why this item is not met, in the team's words" }
          ],
          "stageHistory": [
            { "at": "2026-02-20T10:00:00Z", "from": "proposed", "to": "scoping", "by": "p1" },
            { "at": "2026-02-27T10:00:00Z", "from": "scoping", "to": "developing", "by": "p1" }
          ]
        }
        """;

    /// <summary>The smallest valid document: the format and the course's required members, nothing else.</summary>
    public const string Minimal = """
        {
          "format": "coproduction-snapshot/1",
          "course": {
            "id": "sleep-2026",
            "title": "Managing Sleep",
            "kind": "new",
            "topics": ["sleep"],
            "stage": "developing"
          }
        }
        """;

    /// <summary>One of everything, each with only its required members.</summary>
    public const string RequiredOnly = """
        {
          "format": "coproduction-snapshot/1",
          "course": { "id": "c1", "title": "Managing Sleep", "kind": "new", "topics": ["sleep"], "stage": "developing" },
          "people": [ { "id": "p1", "displayName": "Sam", "membership": "core" } ],
          "materials": [ { "id": "m1", "title": "Slides", "versions": [ { "at": "2026-03-02T10:00:00Z", "by": "p1" } ] } ],
          "activities": [
            { "id": "a1", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1" },
            { "id": "a2", "kind": "feedback", "at": "2026-03-03T10:00:00Z", "by": "p1", "on": "m1" },
            { "id": "a3", "kind": "focusGroup", "at": "2026-03-04T10:00:00Z", "by": "p1", "method": "virtual" },
            { "id": "a4", "kind": "taskAssigned", "at": "2026-03-05T10:00:00Z", "by": "p1" }
          ],
          "decisions": [ { "id": "d1", "summary": "Three sessions", "at": "2026-03-06T10:00:00Z", "by": "p1" } ],
          "checklistNotes": [ { "item": "workShared", "note": "" } ],
          "stageHistory": [ { "at": "2026-02-20T10:00:00Z", "from": "proposed", "to": "scoping", "by": "p1" } ]
        }
        """;

    /// <summary>
    /// Every optional member and every activity kind, with times in several offsets and with
    /// fractional seconds, and text that must stay readable when written: accents, apostrophes,
    /// an en dash, ampersands and angle brackets.
    /// </summary>
    public const string Full = """
        {
          "format": "coproduction-snapshot/1",
          "asOf": "2026-04-01T10:00:00.5+01:00",
          "course": {
            "id": "anxiety-review",
            "title": "Living with Anxiety – Zoë's course",
            "kind": "review",
            "topics": ["anxiety", "low mood"],
            "stage": "underReview",
            "leadId": "zoe"
          },
          "taxonomy": { "panic": "anxiety", "low mood": "mood", "carer's stress": "stress", "Ängste": "anxiety" },
          "people": [
            { "id": "zoe", "displayName": "Zoë O'Brien", "membership": "core", "role": "peerTrainer", "seniority": 0,
              "experience": [ { "kind": "lived", "topics": ["anxiety"] }, { "kind": "carer", "topics": ["low mood", "panic"] } ] },
            { "id": "raj", "displayName": "Dr Raj Patel", "membership": "core", "role": "clinician", "seniority": 2,
              "experience": [ { "kind": "learned", "topics": ["anxiety"] } ] },
            { "id": "f1", "displayName": "Focus group member", "membership": "focusGroup" }
          ],
          "materials": [
            { "id": "m1", "title": "Session 1: Q&A <what anxiety is>",
              "versions": [ { "at": "2026-03-02T10:00:00Z", "by": "zoe" }, { "at": "2026-03-09T09:30:00.1234567-05:00", "by": "raj" } ],
              "agreements": [ { "at": "2026-03-10T10:00:00+01:00", "by": "zoe" }, { "at": "2026-03-10T11:00:00.25Z", "by": "raj" } ] },
            { "id": "m2", "title": "Handout", "versions": [ { "at": "2026-03-03T10:00:00+05:30", "by": "raj" } ] }
          ],
          "activities": [
            { "id": "a1", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "zoe", "participants": ["raj"], "mode": "inPerson" },
            { "id": "a2", "kind": "message", "at": "2026-03-01T12:00:00Z", "by": "raj", "participants": ["zoe"], "mode": "async" },
            { "id": "a3", "kind": "workShared", "at": "2026-03-02T11:00:00Z", "by": "zoe", "participants": ["raj"], "mode": "virtual" },
            { "id": "a4", "kind": "feedback", "at": "2026-03-03T10:00:00Z", "by": "raj", "on": "m1", "aspect": "presentation" },
            { "id": "a5", "kind": "feedback", "at": "2026-03-07T10:00:00Z", "by": "zoe", "on": "d1", "aspect": "structure", "mode": "async" },
            { "id": "a6", "kind": "researchAgreed", "at": "2026-03-04T10:00:00Z", "by": "zoe", "participants": ["raj"] },
            { "id": "a7", "kind": "focusGroup", "at": "2026-03-04T14:00:00Z", "by": "zoe", "participants": ["f1"],
              "method": "experienceSharing", "phase": "towardsEnd" },
            { "id": "a8", "kind": "carerViewsSought", "at": "2026-03-05T10:00:00Z", "by": "zoe" },
            { "id": "a9", "kind": "taskAssigned", "at": "2026-03-05T11:00:00Z", "by": "raj", "participants": ["zoe"], "accepted": true },
            { "id": "a10", "kind": "taskAssigned", "at": "2026-03-05T12:00:00Z", "by": "raj", "participants": ["zoe", "f1"], "accepted": false },
            { "id": "a11", "kind": "objection", "at": "2026-03-06T09:00:00Z", "by": "zoe", "on": "d1" }
          ],
          "decisions": [
            { "id": "d1", "summary": "Use the Trust's slide template", "at": "2026-03-06T10:00:00Z", "by": "raj",
              "involved": ["raj", "zoe"], "exemption": "trustPolicy", "justification": "Branding is set by the Trust's communications team" },
            { "id": "d2", "summary": "Two sessions", "at": "2026-03-08T10:00:00Z", "by": "zoe" }
          ],
          "checklistNotes": [
            { "item": "carersViewsSought", "note": "Zoë's carer group was asked" },
            { "item": "focusGroupsUsed", "note": "One focus group so far" }
          ],
          "stageHistory": [
            { "at": "2026-02-01T10:00:00Z", "from": "live", "to": "underReview", "by": "raj" },
            { "at": "2026-02-01T10:00:00Z", "from": "underReview", "to": "developing", "by": "zoe" },
            { "at": "2026-02-20T11:30:00+01:00", "from": "developing", "to": "underReview", "by": "zoe" }
          ]
        }
        """;

    /// <summary>Parses JSON text into a node, for values that are objects or arrays.</summary>
    public static JsonTree Node(string json) => JsonTree.Parse(json)!;

    /// <summary>The document with the value at <paramref name="path"/> set (added when absent, JSON null when null).</summary>
    public static string With(this string json, string path, JsonTree? value) =>
        Edit(json, path, (parent, last) =>
        {
            var copy = value?.DeepClone();
            if (last is int index)
            {
                parent.AsArray()[index] = copy;
            }
            else
            {
                parent.AsObject()[(string)last] = copy;
            }
        });

    /// <summary>The document without the member or item at <paramref name="path"/>.</summary>
    public static string Without(this string json, string path) =>
        Edit(json, path, (parent, last) =>
        {
            if (last is int index)
            {
                parent.AsArray().RemoveAt(index);
            }
            else
            {
                parent.AsObject().Remove((string)last).ShouldBeTrue($"the document has no member at {path}");
            }
        });

    /// <summary>The document with <paramref name="item"/> added at the end of the array at <paramref name="path"/>.</summary>
    public static string Adding(this string json, string path, JsonTree item) =>
        Edit(json, path, (parent, last) => Find(parent, last).AsArray().Add(item.DeepClone()));

    /// <summary>The value at <paramref name="path"/>, or null when there is none.</summary>
    public static JsonTree? At(string json, string path)
    {
        var root = Node(json);
        return Walk(root, Segments(path));
    }

    /// <summary>The document as compact JSON after <paramref name="edit"/>.</summary>
    public static string Edit(this string json, Action<JsonObject> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var root = Node(json).AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static string Edit(string json, string path, Action<JsonTree, object> change)
    {
        var root = Node(json);
        var segments = Segments(path);
        var parent = Walk(root, segments[..^1]) ?? throw new ArgumentException($"the document has nothing at {path}", nameof(path));
        change(parent, segments[^1]);
        return root.ToJsonString();
    }

    private static JsonTree? Walk(JsonTree? node, IEnumerable<object> segments)
    {
        foreach (var segment in segments)
        {
            node = node switch
            {
                JsonArray array when segment is int index => index < array.Count ? array[index] : null,
                JsonObject obj when segment is string name => obj[name],
                _ => null,
            };
        }

        return node;
    }

    private static JsonTree Find(JsonTree node, object segment) =>
        (segment is int index ? node.AsArray()[index] : node.AsObject()[(string)segment])
        ?? throw new ArgumentException($"the document has nothing at {segment}", nameof(segment));

    /// <summary>Splits <c>people[1].experience[0].kind</c> into <c>people, 1, experience, 0, kind</c>.</summary>
    private static object[] Segments(string path)
    {
        var segments = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add(bracket < 0 ? part : part[..bracket]);
            for (var rest = bracket < 0 ? string.Empty : part[bracket..]; rest.Length > 0; rest = rest[(rest.IndexOf(']', StringComparison.Ordinal) + 1)..])
            {
                segments.Add(int.Parse(rest[1..rest.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture));
            }
        }

        return [.. segments];
    }
}
