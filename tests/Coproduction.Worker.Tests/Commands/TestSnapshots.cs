namespace Coproduction.Worker.Commands;

/// <summary>Snapshot documents for command tests.</summary>
internal static class TestSnapshots
{
    /// <summary>A small valid snapshot; <paramref name="asOf"/> is its own asOf member, if any.</summary>
    public static string Valid(string? asOf = "2026-04-01T09:00:00Z") => $$"""
        {
          "format": "coproduction-snapshot/1",
          {{(asOf is null ? string.Empty : $"\"asOf\": \"{asOf}\",")}}
          "course": { "id": "sleep-2026", "title": "Managing Sleep", "kind": "new", "topics": ["sleep"], "stage": "developing" },
          "people": [
            { "id": "p1", "displayName": "Sam", "membership": "core", "experience": [ { "kind": "lived", "topics": ["sleep"] } ] },
            { "id": "p2", "displayName": "Dr Lee", "membership": "core", "seniority": 1, "experience": [ { "kind": "learned", "topics": ["sleep"] } ] }
          ],
          "materials": [ { "id": "m1", "title": "Session 1 slides", "versions": [ { "at": "2026-03-02T10:00:00Z", "by": "p1" } ] } ],
          "activities": [ { "id": "a1", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1", "participants": ["p2"] } ]
        }
        """;

    /// <summary>A snapshot whose second activity is feedback on a material that does not exist.</summary>
    public const string DanglingReference = """
        {
          "format": "coproduction-snapshot/1",
          "course": { "id": "c", "title": "T", "kind": "new", "topics": ["sleep"], "stage": "developing" },
          "people": [ { "id": "p1", "displayName": "Sam", "membership": "core" } ],
          "activities": [
            { "id": "a1", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1" },
            { "id": "a2", "kind": "feedback", "at": "2026-03-02T10:00:00Z", "by": "p1", "on": "m9" }
          ]
        }
        """;
}
