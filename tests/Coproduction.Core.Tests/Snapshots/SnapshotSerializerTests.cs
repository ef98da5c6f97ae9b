using System.Globalization;
using System.Text;
using Coproduction.Model;
using static Coproduction.Snapshots.SnapshotDocuments;
using JsonTree = System.Text.Json.Nodes.JsonNode;

namespace Coproduction.Snapshots;

/// <summary>
/// The snapshot reader and writer against snapshot-format.md. Each invalid case is a row: what is
/// wrong, the document (usually one small edit of the spec's example), the JSON path the error must
/// name, and words its problem must contain.
/// </summary>
public sealed partial class SnapshotSerializerTests
{
    private const string Spec = SpecExample;

    private static readonly string[] CourseKinds = ["new", "review"];
    private static readonly string[] Stages = ["proposed", "scoping", "developing", "qualityReview", "approved", "live", "underReview", "retired", "withdrawn"];
    private static readonly string[] Memberships = ["core", "focusGroup"];
    private static readonly string[] ExperienceKinds = ["lived", "learned", "carer"];
    private static readonly string[] ActivityKinds = ["meeting", "message", "workShared", "feedback", "researchAgreed", "focusGroup", "carerViewsSought", "taskAssigned", "objection"];
    private static readonly string[] Modes = ["inPerson", "virtual", "async"];
    private static readonly string[] Aspects = ["content", "structure", "presentation"];
    private static readonly string[] Methods = ["inPerson", "virtual", "sharedInformation", "pollOrSurvey", "experienceSharing"];
    private static readonly string[] Phases = ["beginning", "partWay", "towardsEnd"];
    private static readonly string[] Exemptions = ["healthAndSafety", "trustPolicy", "timely", "managerial"];
    private static readonly string[] ChecklistItems = ["relevantLearnedExperience", "relevantLivedExperience", "carersViewsSought", "focusGroupsUsed", "materialsAgreed", "workShared"];

    // ---------------------------------------------------------------- invalid documents

    public static TheoryData<string, string, string, string[]> NotJson => new()
    {
        { "empty input", "", "$", ["not valid JSON", "line 1, column 1", "does not contain any JSON tokens"] },
        { "only white space", "  \n  ", "$", ["not valid JSON", "does not contain any JSON tokens"] },
        { "truncated in a string", Spec[..200], "$", ["not valid JSON", "line"] },
        { "truncated after the last member", Spec.TrimEnd()[..^1], "$", ["not valid JSON", "line"] },
        { "trailing comma in an object", Spec.Replace("\"leadId\": \"p1\"", "\"leadId\": \"p1\",", StringComparison.Ordinal), "$", ["not valid JSON", "trailing comma"] },
        { "trailing comma in an array", Spec.Replace("\"involved\": [\"p1\", \"p2\"]", "\"involved\": [\"p1\", \"p2\",]", StringComparison.Ordinal), "$", ["not valid JSON", "trailing comma"] },
        { "a line comment", "// course snapshot\n" + Spec, "$", ["not valid JSON", "line 1, column 1", "'/'"] },
        { "a block comment inside the course", Spec.Replace("\"kind\": \"new\",", "\"kind\": \"new\", /* or review */", StringComparison.Ordinal), "$", ["not valid JSON", "'/'"] },
        { "single-quoted strings", "{ 'format': 'coproduction-snapshot/1' }", "$", ["not valid JSON", "line 1, column 3"] },
        { "an unquoted member name", "{ format: \"coproduction-snapshot/1\" }", "$", ["not valid JSON", "line 1, column 3"] },
        { "NaN as a value", Spec.Replace("\"seniority\": 1", "\"seniority\": NaN", StringComparison.Ordinal), "$", ["not valid JSON"] },
        { "two documents one after the other", Minimal + Minimal, "$", ["not valid JSON", "after a single JSON value"] },
        { "a missing comma between members", Spec.Replace("\"title\": \"Managing Sleep\",", "\"title\": \"Managing Sleep\"", StringComparison.Ordinal), "$", ["not valid JSON", "line 7, column 5", "Expected either ','"] },
    };

    [Theory]
    [MemberData(nameof(NotJson))]
    public void Deserialize_NotValidJson_RejectsAtTheRootWithLineAndReason(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    [Fact]
    public void Deserialize_SyntaxErrorOnALaterLine_CountsLinesAndColumnsFromOne()
    {
        var document = "{\n  \"format\": \"coproduction-snapshot/1\",\n  \"course\": {},\n}";

        var ex = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document));

        ex.Path.ShouldBe("$");
        ex.Problem.ShouldStartWith("not valid JSON at line 4, column 1: ");
        ex.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }

    [Theory]
    [InlineData("no, she said she has been feeling low since the diagnosis. ", "Expected the literal 'null'.")]
    [InlineData("tonight I could not sleep again. ", "Expected the literal 'true'.")]
    [InlineData("format: coproduction-snapshot/1\ncourse:\n  id: sleep-2026\n", "Expected the literal 'false'.")]
    public void Deserialize_ProseStartingLikeALiteral_SaysWhatWasExpectedWithoutQuotingTheText(string prose, string expected)
    {
        var document = string.Concat(Enumerable.Repeat(prose, 2000));

        var ex = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document));

        ex.Path.ShouldBe("$");
        ex.Problem.ShouldBe($"not valid JSON at line 1, column 2: a word that is not true, false or null. {expected}");
        ex.Message.ShouldNotContain(prose[..10]);
    }

    public static TheoryData<string, string, string, string[]> RootNotAnObject => new()
    {
        { "a bare string", "\"coproduction-snapshot/1\"", "$", ["must be an object, not a string"] },
        { "a bare array", "[" + Minimal + "]", "$", ["must be an object, not an array"] },
        { "an empty array", "[]", "$", ["must be an object, not an array"] },
        { "null", "null", "$", ["must be an object, not null"] },
        { "a number", "42", "$", ["must be an object, not a number"] },
        { "true", "true", "$", ["must be an object, not true or false"] },
    };

    [Theory]
    [MemberData(nameof(RootNotAnObject))]
    public void Deserialize_RootIsNotAnObject_SaysWhatItIs(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> DuplicateMemberNames => new()
    {
        { "format twice at the root", Spec.Replace("\"asOf\":", "\"format\": \"coproduction-snapshot/1\", \"asOf\":", StringComparison.Ordinal), "$.format", ["appears more than once", "keep only one"] },
        { "course.id twice", Spec.Replace("\"id\": \"sleep-2026\",", "\"id\": \"sleep-2026\", \"id\": \"sleep-2027\",", StringComparison.Ordinal), "$.course.id", ["appears more than once"] },
        { "course.id twice, once written with an escape", Spec.Replace("\"id\": \"sleep-2026\",", "\"id\": \"sleep-2026\", \"\\u0069d\": \"sleep-2027\",", StringComparison.Ordinal), "$.course.id", ["appears more than once"] },
        { "a person's displayName twice", Spec.Replace("\"displayName\": \"Dr Lee\",", "\"displayName\": \"Dr Lee\", \"displayName\": \"Lee\",", StringComparison.Ordinal), "$.people[1].displayName", ["appears more than once"] },
        { "a taxonomy topic twice", Spec.Replace("\"nightmares\": \"sleep\"", "\"insomnia\": \"rest\"", StringComparison.Ordinal), "$.taxonomy[1]", ["appears more than once", Absent("insomnia")] },
        { "a name twice inside an unknown member", Spec.Replace("\"asOf\":", "\"extension\": [{}, { \"a\": 1, \"a\": 2 }], \"asOf\":", StringComparison.Ordinal), "$.extension[1].a", ["appears more than once"] },
        { "a name twice in a stage history entry", Spec.Replace("\"from\": \"scoping\",", "\"from\": \"scoping\", \"from\": \"proposed\",", StringComparison.Ordinal), "$.stageHistory[1].from", ["appears more than once"] },
    };

    [Theory]
    [MemberData(nameof(DuplicateMemberNames))]
    public void Deserialize_DuplicateMemberName_NamesTheRepeatedMember(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> MissingRequiredMembers => new()
    {
        { "format", Spec.Without("format"), "$", Missing("format") },
        { "course", Spec.Without("course"), "$", Missing("course") },
        { "course.id", Spec.Without("course.id"), "$.course", Missing("id") },
        { "course.title", Spec.Without("course.title"), "$.course", Missing("title") },
        { "course.kind", Spec.Without("course.kind"), "$.course", Missing("kind") },
        { "course.topics", Spec.Without("course.topics"), "$.course", Missing("topics") },
        { "course.stage", Spec.Without("course.stage"), "$.course", Missing("stage") },
        { "people[].id", Spec.Without("people[1].id"), "$.people[1]", Missing("id") },
        { "people[].displayName", Spec.Without("people[1].displayName"), "$.people[1]", Missing("displayName") },
        { "people[].membership", Spec.Without("people[1].membership"), "$.people[1]", Missing("membership") },
        { "people[].experience[].kind", Spec.Without("people[1].experience[0].kind"), "$.people[1].experience[0]", Missing("kind") },
        { "people[].experience[].topics", Spec.Without("people[2].experience[0].topics"), "$.people[2].experience[0]", Missing("topics") },
        { "materials[].id", Spec.Without("materials[0].id"), "$.materials[0]", Missing("id") },
        { "materials[].title", Spec.Without("materials[0].title"), "$.materials[0]", Missing("title") },
        { "materials[].versions", Spec.Without("materials[0].versions"), "$.materials[0]", Missing("versions") },
        { "materials[].versions[].at", Spec.Without("materials[0].versions[0].at"), "$.materials[0].versions[0]", Missing("at") },
        { "materials[].versions[].by", Spec.Without("materials[0].versions[0].by"), "$.materials[0].versions[0]", Missing("by") },
        { "materials[].agreements[].at", Spec.Without("materials[0].agreements[0].at"), "$.materials[0].agreements[0]", Missing("at") },
        { "materials[].agreements[].by", Spec.Without("materials[0].agreements[0].by"), "$.materials[0].agreements[0]", Missing("by") },
        { "activities[].id", Spec.Without("activities[0].id"), "$.activities[0]", Missing("id") },
        { "activities[].kind", Spec.Without("activities[0].kind"), "$.activities[0]", Missing("kind") },
        { "activities[].at", Spec.Without("activities[0].at"), "$.activities[0]", Missing("at") },
        { "activities[].by", Spec.Without("activities[0].by"), "$.activities[0]", Missing("by") },
        { "feedback without on", Spec.Without("activities[1].on"), "$.activities[1]", Missing("on") },
        { "objection without on", Spec.Without("activities[1].on").With("activities[1].kind", "objection"), "$.activities[1]", Missing("on") },
        { "focusGroup without method", Spec.Without("activities[2].method"), "$.activities[2]", Missing("method") },
        { "decisions[].id", Spec.Without("decisions[0].id"), "$.decisions[0]", Missing("id") },
        { "decisions[].summary", Spec.Without("decisions[0].summary"), "$.decisions[0]", Missing("summary") },
        { "decisions[].at", Spec.Without("decisions[0].at"), "$.decisions[0]", Missing("at") },
        { "decisions[].by", Spec.Without("decisions[0].by"), "$.decisions[0]", Missing("by") },
        { "checklistNotes[].item", Spec.Without("checklistNotes[0].item"), "$.checklistNotes[0]", Missing("item") },
        { "checklistNotes[].note", Spec.Without("checklistNotes[0].note"), "$.checklistNotes[0]", Missing("note") },
        { "stageHistory[].at", Spec.Without("stageHistory[1].at"), "$.stageHistory[1]", Missing("at") },
        { "stageHistory[].from", Spec.Without("stageHistory[1].from"), "$.stageHistory[1]", Missing("from") },
        { "stageHistory[].to", Spec.Without("stageHistory[1].to"), "$.stageHistory[1]", Missing("to") },
        { "stageHistory[].by", Spec.Without("stageHistory[1].by"), "$.stageHistory[1]", Missing("by") },
        { "an empty object as the whole document", "{}", "$", Missing("format") },
        { "an empty object as a person", Spec.With("people[0]", Node("{}")), "$.people[0]", Missing("id") },
    };

    [Theory]
    [MemberData(nameof(MissingRequiredMembers))]
    public void Deserialize_RequiredMemberMissing_NamesTheObjectAndTheMember(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> WrongFormat => new()
    {
        { "a later version", Spec.With("format", "coproduction-snapshot/2"), "$.format", ["is not a format this library reads; expected 'coproduction-snapshot/1'", Absent("snapshot/2")] },
        { "a version with a minor number", Spec.With("format", "coproduction-snapshot/1.0"), "$.format", ["expected 'coproduction-snapshot/1'", Absent("1.0")] },
        { "different case", Spec.With("format", "Coproduction-Snapshot/1"), "$.format", ["expected 'coproduction-snapshot/1'", Absent("Coproduction-Snapshot")] },
        { "surrounding space", Spec.With("format", " coproduction-snapshot/1"), "$.format", ["expected 'coproduction-snapshot/1'", Absent("' coproduction")] },
        { "empty", Spec.With("format", ""), "$.format", ["is not a format this library reads; expected 'coproduction-snapshot/1'", Absent("''")] },
        { "another format altogether", Spec.With("format", "assessment/1"), "$.format", ["not a format this library reads", Absent("assessment")] },
        { "a number", Spec.With("format", 1), "$.format", ["must be a string, not a number"] },
        { "null", Spec.With("format", null), "$.format", ["must be a string, not null"] },
    };

    [Theory]
    [MemberData(nameof(WrongFormat))]
    public void Deserialize_WrongFormat_NamesTheFormatExpected(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> WrongTypes => new()
    {
        { "a number for asOf", Spec.With("asOf", 20260401), "$.asOf", ["must be a string, not a number"] },
        { "a string for course", Spec.With("course", "sleep-2026"), "$.course", ["must be an object, not a string"] },
        { "null for course", Spec.With("course", null), "$.course", ["must be an object, not null"] },
        { "a number for course.id", Spec.With("course.id", 2026), "$.course.id", ["must be a string, not a number"] },
        { "an object for course.title", Spec.With("course.title", Node("""{ "en": "Managing Sleep" }""")), "$.course.title", ["must be a string, not an object"] },
        { "null for course.kind", Spec.With("course.kind", null), "$.course.kind", ["must be a string, not null"] },
        { "a string for course.topics", Spec.With("course.topics", "sleep"), "$.course.topics", ["must be an array, not a string"] },
        { "a number in course.topics", Spec.With("course.topics", Node("""["sleep", 7]""")), "$.course.topics[1]", ["must be a string, not a number"] },
        { "true for course.stage", Spec.With("course.stage", true), "$.course.stage", ["must be a string, not true or false"] },
        { "null for course.leadId", Spec.With("course.leadId", null), "$.course.leadId", ["must be a string, not null"] },
        { "an array for taxonomy", Spec.With("taxonomy", Node("""["insomnia", "sleep"]""")), "$.taxonomy", ["must be an object, not an array"] },
        { "an object for people", Spec.With("people", Node("""{ "p1": {} }""")), "$.people", ["must be an array, not an object"] },
        { "null for people", Spec.With("people", null), "$.people", ["must be an array, not null"] },
        { "a string as a person", Spec.With("people[1]", "p2"), "$.people[1]", ["must be an object, not a string"] },
        { "a number for a person's id", Spec.With("people[1].id", 2), "$.people[1].id", ["must be a string, not a number"] },
        { "a number for role", Spec.With("people[1].role", 3), "$.people[1].role", ["must be a string, not a number"] },
        { "a fractional seniority", Spec.With("people[1].seniority", 1.5), "$.people[1].seniority", ["is not a whole number", Absent("1.5")] },
        { "a negative seniority", Spec.With("people[1].seniority", -1), "$.people[1].seniority", ["is negative", "0 (none) or more", Absent("-1")] },
        { "a seniority with an exponent", Spec.With("people[1].seniority", Node("1e2")), "$.people[1].seniority", ["is not a whole number", "without a fraction or exponent", Absent("1e2")] },
        { "a seniority too large to hold", Spec.With("people[1].seniority", 3_000_000_000), "$.people[1].seniority", ["is out of range", Absent("3000000000")] },
        { "a string for seniority", Spec.With("people[1].seniority", "1"), "$.people[1].seniority", ["must be a whole number, not a string"] },
        { "null for seniority", Spec.With("people[1].seniority", null), "$.people[1].seniority", ["must be a whole number, not null"] },
        { "an object for experience", Spec.With("people[1].experience", Node("""{ "kind": "learned", "topics": ["sleep"] }""")), "$.people[1].experience", ["must be an array, not an object"] },
        { "a string for experience topics", Spec.With("people[1].experience[0].topics", "sleep"), "$.people[1].experience[0].topics", ["must be an array, not a string"] },
        { "an object for versions", Spec.With("materials[0].versions", Node("""{ "at": "2026-03-02T10:00:00Z", "by": "p1" }""")), "$.materials[0].versions", ["must be an array, not an object"] },
        { "a string as a version", Spec.With("materials[0].versions[0]", "2026-03-02T10:00:00Z"), "$.materials[0].versions[0]", ["must be an object, not a string"] },
        { "a string for agreements", Spec.With("materials[0].agreements", "p2"), "$.materials[0].agreements", ["must be an array, not a string"] },
        { "a string for participants", Spec.With("activities[0].participants", "p2"), "$.activities[0].participants", ["must be an array, not a string"] },
        { "a number in participants", Spec.With("activities[0].participants", Node("[2]")), "$.activities[0].participants[0]", ["must be a string, not a number"] },
        { "an array for on", Spec.With("activities[1].on", Node("""["m1"]""")), "$.activities[1].on", ["must be a string, not an array"] },
        { "a string for accepted", Spec.With("activities[0].accepted", "true"), "$.activities[0].accepted", ["must be true or false, not a string"] },
        { "a number for accepted", Spec.With("activities[0].accepted", 1), "$.activities[0].accepted", ["must be true or false, not a number"] },
        { "null for accepted", Spec.With("activities[0].accepted", null), "$.activities[0].accepted", ["must be true or false, not null"] },
        { "a string for involved", Spec.With("decisions[0].involved", "p1"), "$.decisions[0].involved", ["must be an array, not a string"] },
        { "a number for justification", Spec.With("decisions[0].justification", 0), "$.decisions[0].justification", ["must be a string, not a number"] },
        { "an object for checklistNotes", Spec.With("checklistNotes", Node("""{ "focusGroupsUsed": "why" }""")), "$.checklistNotes", ["must be an array, not an object"] },
        { "a number for a note", Spec.With("checklistNotes[0].note", 1), "$.checklistNotes[0].note", ["must be a string, not a number"] },
        { "a string for stageHistory", Spec.With("stageHistory", "developing"), "$.stageHistory", ["must be an array, not a string"] },
        { "a number for a stage change's at", Spec.With("stageHistory[0].at", 1_771_581_600), "$.stageHistory[0].at", ["must be a string, not a number"] },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void Deserialize_WrongType_SaysWhatWasExpectedAndWhatWasFound(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> UnknownWords => new()
    {
        { "course.kind: a word not in the list", Spec.With("course.kind", "old"), "$.course.kind", NotOneOf("old", CourseKinds) },
        { "course.kind: a case mismatch", Spec.With("course.kind", "New"), "$.course.kind", NotOneOf("New", CourseKinds) },
        { "course.stage: a case mismatch", Spec.With("course.stage", "Developing"), "$.course.stage", NotOneOf("Developing", Stages) },
        { "course.stage: all lower case", Spec.With("course.stage", "qualityreview"), "$.course.stage", NotOneOf("qualityreview", Stages) },
        { "course.stage: kebab case", Spec.With("course.stage", "quality-review"), "$.course.stage", NotOneOf("quality-review", Stages) },
        { "course.stage: surrounding space", Spec.With("course.stage", " developing "), "$.course.stage", NotOneOf(" developing ", Stages) },
        { "course.stage: empty", Spec.With("course.stage", ""), "$.course.stage", NotOneOf("", Stages) },
        { "course.stage: a trigger, not a stage", Spec.With("course.stage", "approve"), "$.course.stage", NotOneOf("approve", Stages) },
        { "membership: a case mismatch", Spec.With("people[0].membership", "Core"), "$.people[0].membership", NotOneOf("Core", Memberships) },
        { "membership: a word not in the list", Spec.With("people[2].membership", "focusgroup"), "$.people[2].membership", NotOneOf("focusgroup", Memberships) },
        { "experience kind: a case mismatch", Spec.With("people[0].experience[0].kind", "Lived"), "$.people[0].experience[0].kind", NotOneOf("Lived", ExperienceKinds) },
        { "experience kind: a word not in the list", Spec.With("people[1].experience[0].kind", "professional"), "$.people[1].experience[0].kind", NotOneOf("professional", ExperienceKinds) },
        { "activity kind: a case mismatch", Spec.With("activities[0].kind", "Meeting"), "$.activities[0].kind", NotOneOf("Meeting", ActivityKinds) },
        { "activity kind: a word not in the list", Spec.With("activities[0].kind", "email"), "$.activities[0].kind", NotOneOf("email", ActivityKinds) },
        { "activity kind: a plural", Spec.With("activities[0].kind", "meetings"), "$.activities[0].kind", NotOneOf("meetings", ActivityKinds) },
        { "mode: kebab case", Spec.With("activities[0].mode", "in-person"), "$.activities[0].mode", NotOneOf("in-person", Modes) },
        { "mode: a case mismatch", Spec.With("activities[0].mode", "Virtual"), "$.activities[0].mode", NotOneOf("Virtual", Modes) },
        { "aspect: a case mismatch", Spec.With("activities[1].aspect", "Content"), "$.activities[1].aspect", NotOneOf("Content", Aspects) },
        { "aspect: a word not in the list", Spec.With("activities[1].aspect", "style"), "$.activities[1].aspect", NotOneOf("style", Aspects) },
        { "method: a word not in the list", Spec.With("activities[2].method", "survey"), "$.activities[2].method", NotOneOf("survey", Methods) },
        { "method: a case mismatch", Spec.With("activities[2].method", "PollOrSurvey"), "$.activities[2].method", NotOneOf("PollOrSurvey", Methods) },
        { "phase: a word not in the list", Spec.With("activities[2].phase", "middle"), "$.activities[2].phase", NotOneOf("middle", Phases) },
        { "phase: a case mismatch", Spec.With("activities[2].phase", "PartWay"), "$.activities[2].phase", NotOneOf("PartWay", Phases) },
        { "exemption: a word not in the list", Spec.With("decisions[0].exemption", "health"), "$.decisions[0].exemption", NotOneOf("health", Exemptions) },
        { "exemption: a case mismatch", Spec.With("decisions[0].exemption", "HealthAndSafety"), "$.decisions[0].exemption", NotOneOf("HealthAndSafety", Exemptions) },
        { "checklist item: a case mismatch", Spec.With("checklistNotes[0].item", "FocusGroupsUsed"), "$.checklistNotes[0].item", NotOneOf("FocusGroupsUsed", ChecklistItems) },
        { "checklist item: a word not in the list", Spec.With("checklistNotes[0].item", "focusGroups"), "$.checklistNotes[0].item", NotOneOf("focusGroups", ChecklistItems) },
        { "stage history from: a case mismatch", Spec.With("stageHistory[1].from", "Scoping"), "$.stageHistory[1].from", NotOneOf("Scoping", Stages) },
        { "stage history to: a word not in the list", Spec.With("stageHistory[1].to", "drafting"), "$.stageHistory[1].to", NotOneOf("drafting", Stages) },
    };

    [Theory]
    [MemberData(nameof(UnknownWords))]
    public void Deserialize_UnknownWord_ListsEveryWordAllowedWithoutQuotingIt(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> EmptyArrays => new()
    {
        { "course.topics", Spec.With("course.topics", Node("[]")), "$.course.topics", ["must hold at least one topic"] },
        { "experience topics", Spec.With("people[1].experience[0].topics", Node("[]")), "$.people[1].experience[0].topics", ["must hold at least one topic"] },
        { "material versions", Spec.With("materials[0].versions", Node("[]")), "$.materials[0].versions", ["must hold at least one version"] },
    };

    [Theory]
    [MemberData(nameof(EmptyArrays))]
    public void Deserialize_EmptyArrayWhereOneIsRequired_SaysAtLeastOne(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> BlankStrings => new()
    {
        { "empty course.id", Spec.With("course.id", ""), "$.course.id", ["must not be empty"] },
        { "blank course.id", Spec.With("course.id", "   "), "$.course.id", ["must not be empty"] },
        { "empty course.title", Spec.With("course.title", ""), "$.course.title", ["must not be empty"] },
        { "empty topic", Spec.With("course.topics", Node("""["sleep", ""]""")), "$.course.topics[1]", ["must not be empty"] },
        { "empty course.leadId", Spec.With("course.leadId", ""), "$.course.leadId", ["must not be empty"] },
        { "empty person id", Spec.With("people[0].id", ""), "$.people[0].id", ["must not be empty"] },
        { "blank displayName", Spec.With("people[0].displayName", " \t"), "$.people[0].displayName", ["must not be empty"] },
        { "blank experience topic", Spec.With("people[0].experience[0].topics[0]", "\n"), "$.people[0].experience[0].topics[0]", ["must not be empty"] },
        { "empty material id", Spec.With("materials[0].id", ""), "$.materials[0].id", ["must not be empty"] },
        { "empty material title", Spec.With("materials[0].title", ""), "$.materials[0].title", ["must not be empty"] },
        { "empty version by", Spec.With("materials[0].versions[0].by", ""), "$.materials[0].versions[0].by", ["must not be empty"] },
        { "blank activity id", Spec.With("activities[0].id", " "), "$.activities[0].id", ["must not be empty"] },
        { "empty activity by", Spec.With("activities[0].by", ""), "$.activities[0].by", ["must not be empty"] },
        { "empty participant", Spec.With("activities[0].participants[0]", ""), "$.activities[0].participants[0]", ["must not be empty"] },
        { "empty on", Spec.With("activities[1].on", ""), "$.activities[1].on", ["must not be empty"] },
        { "blank decision id", Spec.With("decisions[0].id", "\t"), "$.decisions[0].id", ["must not be empty"] },
        { "empty decision summary", Spec.With("decisions[0].summary", ""), "$.decisions[0].summary", ["must not be empty"] },
        { "empty decision by", Spec.With("decisions[0].by", ""), "$.decisions[0].by", ["must not be empty"] },
        { "empty involved", Spec.With("decisions[0].involved[1]", ""), "$.decisions[0].involved[1]", ["must not be empty"] },
        { "empty stage change by", Spec.With("stageHistory[0].by", ""), "$.stageHistory[0].by", ["must not be empty"] },
    };

    [Theory]
    [MemberData(nameof(BlankStrings))]
    public void Deserialize_EmptyOrBlankIdOrText_SaysItMustNotBeEmpty(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> BadTimes => new()
    {
        { "asOf without an offset", Spec.With("asOf", "2026-04-01T09:00:00"), "$.asOf", BadTime("2026-04-01T09:00:00") },
        { "asOf with fractional seconds but no offset", Spec.With("asOf", "2026-04-01T09:00:00.5"), "$.asOf", BadTime("2026-04-01T09:00:00.5") },
        { "asOf as a date only", Spec.With("asOf", "2026-04-01"), "$.asOf", BadTime("2026-04-01") },
        { "asOf in words", Spec.With("asOf", "1 April 2026"), "$.asOf", BadTime("1 April 2026") },
        { "asOf as a day-first date", Spec.With("asOf", "01/04/2026 09:00:00Z"), "$.asOf", BadTime("01/04/2026 09:00:00Z") },
        { "asOf with a space for the T", Spec.With("asOf", "2026-04-01 09:00:00Z"), "$.asOf", BadTime("2026-04-01 09:00:00Z") },
        { "asOf with an offset missing its colon", Spec.With("asOf", "2026-04-01T09:00:00+0100"), "$.asOf", BadTime("2026-04-01T09:00:00+0100") },
        { "asOf with no such day", Spec.With("asOf", "2026-02-30T09:00:00Z"), "$.asOf", BadTime("2026-02-30T09:00:00Z") },
        { "asOf with no such hour", Spec.With("asOf", "2026-04-01T25:00:00Z"), "$.asOf", BadTime("2026-04-01T25:00:00Z") },
        { "asOf empty", Spec.With("asOf", ""), "$.asOf", BadTime("") },
        { "a version's at without an offset", Spec.With("materials[0].versions[0].at", "2026-03-02T10:00:00"), "$.materials[0].versions[0].at", BadTime("2026-03-02T10:00:00") },
        { "an agreement's at as a date", Spec.With("materials[0].agreements[0].at", "2026-03-05"), "$.materials[0].agreements[0].at", BadTime("2026-03-05") },
        { "an activity's at without an offset", Spec.With("activities[2].at", "2026-03-04T10:00:00"), "$.activities[2].at", BadTime("2026-03-04T10:00:00") },
        { "a decision's at in words", Spec.With("decisions[0].at", "last Friday"), "$.decisions[0].at", BadTime("last Friday") },
        { "a stage change's at without an offset", Spec.With("stageHistory[0].at", "2026-02-20T10:00:00"), "$.stageHistory[0].at", BadTime("2026-02-20T10:00:00") },
    };

    [Theory]
    [MemberData(nameof(BadTimes))]
    public void Deserialize_TimeNotIso8601WithOffset_ShowsAnExampleWithoutQuotingTheTime(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> DuplicateIds => new()
    {
        { "two people with one id", Spec.With("people[1].id", "p1"), "$.people[1].id", ["another person already has this id, at $.people[0].id", "unique", Absent("'p1'")] },
        { "a third person repeating the first's id", Spec.With("people[2].id", "p1"), "$.people[2].id", ["another person already has this id, at $.people[0].id"] },
        { "two materials with one id", Spec.Adding("materials", Node("""{ "id": "m1", "title": "Handout", "versions": [ { "at": "2026-03-02T10:00:00Z", "by": "p2" } ] }""")), "$.materials[1].id", ["another material already has this id, at $.materials[0].id", "unique"] },
        { "two activities with one id", Spec.With("activities[2].id", "a1"), "$.activities[2].id", ["another activity already has this id, at $.activities[0].id", "unique"] },
        { "two decisions with one id", Spec.Adding("decisions", Node("""{ "id": "d1", "summary": "Two sessions", "at": "2026-03-07T10:00:00Z", "by": "p2" }""")), "$.decisions[1].id", ["another decision already has this id, at $.decisions[0].id", "unique"] },
    };

    [Theory]
    [MemberData(nameof(DuplicateIds))]
    public void Deserialize_DuplicateId_NamesTheSecondId(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> MissingReferences => new()
    {
        { "course.leadId", Spec.With("course.leadId", "p9"), "$.course.leadId", NoPerson("p9") },
        { "course.leadId differing only in case", Spec.With("course.leadId", "P1"), "$.course.leadId", NoPerson("P1") },
        { "course.leadId naming a material", Spec.With("course.leadId", "m1"), "$.course.leadId", NoPerson("m1") },
        { "versions[].by", Spec.With("materials[0].versions[0].by", "p9"), "$.materials[0].versions[0].by", NoPerson("p9") },
        { "agreements[].by", Spec.With("materials[0].agreements[0].by", "p9"), "$.materials[0].agreements[0].by", NoPerson("p9") },
        { "activities[].by", Spec.With("activities[0].by", "p9"), "$.activities[0].by", NoPerson("p9") },
        { "the first participant", Spec.With("activities[0].participants[0]", "p9"), "$.activities[0].participants[0]", NoPerson("p9") },
        { "the second participant", Spec.With("activities[2].participants", Node("""["f1", "f2"]""")), "$.activities[2].participants[1]", NoPerson("f2") },
        { "feedback on no material", Spec.With("activities[1].on", "m9"), "$.activities[1].on", NoMaterialOrDecision("m9") },
        { "feedback on a person", Spec.With("activities[1].on", "p1"), "$.activities[1].on", NoMaterialOrDecision("p1") },
        { "objection on no decision", Spec.With("activities[1].kind", "objection").With("activities[1].on", "d9"), "$.activities[1].on", NoMaterialOrDecision("d9") },
        { "an optional on that names nothing", Spec.With("activities[0].on", "m9"), "$.activities[0].on", NoMaterialOrDecision("m9") },
        { "decisions[].by", Spec.With("decisions[0].by", "p9"), "$.decisions[0].by", NoPerson("p9") },
        { "the second person involved", Spec.With("decisions[0].involved[1]", "p9"), "$.decisions[0].involved[1]", NoPerson("p9") },
        { "stageHistory[].by", Spec.With("stageHistory[1].by", "p9"), "$.stageHistory[1].by", NoPerson("p9") },
        { "anyone, when there are no people", Spec.Without("people"), "$.course.leadId", NoPerson("p1") },
    };

    [Theory]
    [MemberData(nameof(MissingReferences))]
    public void Deserialize_ReferenceToMissingId_NamesTheReferenceAndTheId(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    [Fact]
    public void Deserialize_OnNamesBothAMaterialAndADecision_SaysItIsAmbiguous()
    {
        var document = Spec.With("decisions[0].id", "m1");

        ShouldReject("a decision shares the material's id", document, "$.activities[1].on", ["names both a material ($.materials[0].id) and a decision ($.decisions[0].id)", "give them different ids", Absent("'m1'")]);
    }

    public static TheoryData<string, string, string, string[]> StageHistoryOutOfOrder => new()
    {
        { "the second entry before the first", Spec.With("stageHistory[1].at", "2026-02-19T10:00:00Z"), "$.stageHistory[1].at", ["is earlier than the entry before it", "time order", Absent("2026-02-20T10:00:00Z")] },
        { "later by the clock but earlier in time", Spec.With("stageHistory[1].at", "2026-02-20T10:30:00+01:00"), "$.stageHistory[1].at", ["is earlier than the entry before it", Absent("2026-02-20T10:00:00Z")] },
        { "a third entry between the first two", Spec.Adding("stageHistory", Node("""{ "at": "2026-02-21T10:00:00Z", "from": "developing", "to": "scoping", "by": "p1" }""")), "$.stageHistory[2].at", ["is earlier than the entry before it", Absent("2026-02-21T10:00:00Z")] },
    };

    [Theory]
    [MemberData(nameof(StageHistoryOutOfOrder))]
    public void Deserialize_StageHistoryOutOfTimeOrder_NamesTheEarlierEntry(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> TaxonomyProblems => new()
    {
        { "a circle of two: a to b to a", Taxonomy("""{ "a": "b", "b": "a" }"""), "$.taxonomy[0]", ["its narrower topic would be its own ancestor", "circle", Absent("'a'")] },
        { "a circle of three", Taxonomy("""{ "a": "b", "b": "c", "c": "a" }"""), "$.taxonomy[0]", ["would be its own ancestor"] },
        { "a topic that is its own broader topic", Taxonomy("""{ "sleep": "sleep" }"""), "$.taxonomy[0]", ["would be its own ancestor", Absent("sleep")] },
        { "its own broader topic in other case", Taxonomy("""{ "Sleep": "sleep" }"""), "$.taxonomy[0]", ["would be its own ancestor", Absent("Sleep"), Absent("sleep")] },
        { "a circle closed in other case", Taxonomy("""{ "insomnia": "sleep", "x": "y", "y": "X" }"""), "$.taxonomy[1]", ["would be its own ancestor", Absent("'x'")] },
        { "a chain that runs into a circle", Taxonomy("""{ "a": "b", "b": "c", "c": "b" }"""), "$.taxonomy[1]", ["would be its own ancestor"] },
        { "topics differing only in case", Taxonomy("""{ "Sleep": "health", "sleep": "rest" }"""), "$.taxonomy[1]", ["its narrower topic is already that of $.taxonomy[0]", "ignoring case", Absent("Sleep"), Absent("sleep")] },
        { "topics differing only in case, same broader topic", Taxonomy("""{ "insomnia": "sleep", "INSOMNIA": "sleep" }"""), "$.taxonomy[1]", ["already that of $.taxonomy[0]", Absent("INSOMNIA")] },
        { "a number as the broader topic", Taxonomy("""{ "insomnia": 1 }"""), "$.taxonomy[0]", ["must be a string, not a number", Absent("insomnia")] },
        { "null as the broader topic", Taxonomy("""{ "insomnia": null }"""), "$.taxonomy[0]", ["must be a string, not null"] },
        { "an array of broader topics", Taxonomy("""{ "insomnia": ["sleep", "health"] }"""), "$.taxonomy[0]", ["must be a string, not an array"] },
        { "an empty broader topic", Taxonomy("""{ "insomnia": "" }"""), "$.taxonomy[0]", ["its broader topic must not be empty", Absent("insomnia")] },
        { "an empty narrower topic", Taxonomy("""{ "": "sleep" }"""), "$.taxonomy[0]", ["its narrower topic (the member's name) must not be empty"] },
        { "a blank narrower topic", Taxonomy("""{ " ": "sleep" }"""), "$.taxonomy[0]", ["its narrower topic (the member's name) must not be empty"] },
        { "a problem at a topic with a space", Taxonomy("""{ "low mood": 5 }"""), "$.taxonomy[0]", ["must be a string, not a number", Absent("low mood")] },
        { "a problem at a later topic with an apostrophe", Taxonomy("""{ "insomnia": "sleep", "carer's stress": 5 }"""), "$.taxonomy[1]", ["must be a string, not a number", Absent("carer")] },
        { "a string for the taxonomy", Spec.With("taxonomy", "sleep"), "$.taxonomy", ["must be an object, not a string"] },
    };

    [Theory]
    [MemberData(nameof(TaxonomyProblems))]
    public void Deserialize_TaxonomyProblem_NamesTheEntryByPositionNeverByTopic(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    public static TheoryData<string, string, string, string[]> TooDeep => new()
    {
        { "100 nested arrays in an unknown member", Spec.Replace("\"asOf\":", "\"extension\": " + Nested('[', ']', 100) + ", \"asOf\":", StringComparison.Ordinal), "$", ["not valid JSON", "maximum configured depth"] },
        { "100 nested objects in an unknown member of the course", Spec.Replace("\"leadId\": \"p1\"", "\"leadId\": \"p1\", \"extension\": " + Nested('{', '}', 100), StringComparison.Ordinal), "$", ["not valid JSON", "maximum configured depth"] },
        { "100 unclosed arrays", new string('[', 100), "$", ["not valid JSON", "maximum configured depth"] },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Deserialize_NestedDeeperThanTheReaderAllows_RejectsWithoutCrashing(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    [Fact]
    public void Deserialize_AMillionNestedArrays_RejectsWithoutCrashing()
    {
        var document = Spec.Replace("\"asOf\":", "\"extension\": " + Nested('[', ']', 1_000_000) + ", \"asOf\":", StringComparison.Ordinal);

        ShouldReject("a million nested arrays", document, "$", ["not valid JSON", "maximum configured depth"]);
    }

    public static TheoryData<string, string, string, string[]> NotText => new()
    {
        { "a byte that is never UTF-8 in a title", Spec.Replace("Managing Sleep", "Managing \u0001Sleep", StringComparison.Ordinal), "$.course.title", ["is not readable text", "not UTF-8", "save the document as UTF-8"] },
        { "a byte that is never UTF-8 in a display name", Spec.Replace("\"Dr Lee\"", "\"Dr L\u0001ee\"", StringComparison.Ordinal), "$.people[1].displayName", ["is not readable text", "not UTF-8"] },
        { "a byte that is never UTF-8 in a taxonomy topic", Spec.Replace("\"nightmares\"", "\"nightmares\u0001\"", StringComparison.Ordinal), "$.taxonomy", ["a member name is not readable text"] },
        { "a byte that is never UTF-8 in the name of an unknown member", Spec.Replace("\"asOf\":", "\"extension\u0001\": 1, \"asOf\":", StringComparison.Ordinal), "$", ["a member name is not readable text"] },
        { "an escaped lone high surrogate in an id", Spec.Replace("\"sleep-2026\"", "\"sleep-\\ud800\"", StringComparison.Ordinal), "$.course.id", ["is not readable text", "surrogate"] },
        { "an escaped lone low surrogate in a word", Spec.Replace("\"kind\": \"new\"", "\"kind\": \"\\udc00new\"", StringComparison.Ordinal), "$.course.kind", ["is not readable text", "surrogate"] },
        { "an escaped lone surrogate in a taxonomy topic", Spec.Replace("\"nightmares\"", "\"nightmares\\ud83d\"", StringComparison.Ordinal), "$.taxonomy", ["a member name is not readable text", "surrogate"] },
    };

    /// <summary>
    /// Text the JSON parser lets through but cannot turn into a string: bytes that are not UTF-8
    /// (here <c>\u0001</c> in the row stands for the byte 0xFF) and escaped half surrogate pairs.
    /// </summary>
    [Theory]
    [MemberData(nameof(NotText))]
    public void Deserialize_TextThatIsNotUnicode_NamesWhereItIsRatherThanCrashing(string description, string document, string path, string[] words)
    {
        var bytes = Encoding.UTF8.GetBytes(document).Select(b => b == 0x01 ? (byte)0xFF : b).ToArray();

        var ex = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(bytes), description);

        ex.Path.ShouldBe(path, description);
        ShouldContainWords(ex.Problem, words, description);
    }

    // ---------------------------------------------------------------- the first problem

    public static TheoryData<string, string, string, string[]> TwoProblems => new()
    {
        { "shape: the course comes before people", Spec.With("people[0].membership", "staff").With("course.kind", "old"), "$.course.kind", NotOneOf("old", CourseKinds) },
        { "shape: the first person before the third", Spec.With("people[2].membership", "visitor").With("people[0].membership", "staff"), "$.people[0].membership", NotOneOf("staff", Memberships) },
        { "shape: people before stage history", Spec.With("stageHistory[0].to", "drafting").With("people[1].seniority", -2), "$.people[1].seniority", ["is negative", Absent("-2")] },
        { "shape: members are checked in the format's order, not the text's", """
            { "format": "coproduction-snapshot/1",
              "people": [ { "id": "p1", "displayName": "Sam", "membership": "staff" } ],
              "course": { "id": "c1", "title": "Sleep", "kind": "old", "topics": ["sleep"], "stage": "developing" } }
            """, "$.course.kind", NotOneOf("old", CourseKinds) },
        { "shape: within a person, id, displayName, membership in turn", Spec.With("people[0].membership", "staff").With("people[0].displayName", ""), "$.people[0].displayName", ["must not be empty"] },
        { "shape: an activity's kind is read before its id", Spec.With("activities[0].id", "").With("activities[0].kind", "chat"), "$.activities[0].kind", NotOneOf("chat", ActivityKinds) },
        { "shape: an item is read whole before its id is compared", Spec.With("people[1].id", "p1").With("people[1].membership", "staff"), "$.people[1].membership", NotOneOf("staff", Memberships) },
        { "shape: taxonomy values before taxonomy circles", Taxonomy("""{ "a": "b", "b": "a", "c": 5 }"""), "$.taxonomy[2]", ["must be a string, not a number"] },
        { "shape before reference: a late shape problem beats an early missing person", Spec.With("course.leadId", "p9").With("stageHistory[1].from", "drafting"), "$.stageHistory[1].from", NotOneOf("drafting", Stages) },
        { "shape before reference: a duplicate id beats a missing lead", Spec.With("course.leadId", "p9").With("activities[2].id", "a1"), "$.activities[2].id", ["already has this id, at $.activities[0].id"] },
        { "shape before reference: stage history order beats a missing author", Spec.With("activities[0].by", "p9").With("stageHistory[1].at", "2026-01-01T00:00:00Z"), "$.stageHistory[1].at", ["earlier than the entry before it"] },
        { "reference: the lead before a version's author", Spec.With("materials[0].versions[0].by", "p8").With("course.leadId", "p9"), "$.course.leadId", ["'p9'"] },
        { "reference: activities before decisions", Spec.With("decisions[0].by", "p8").With("activities[2].by", "p9"), "$.activities[2].by", ["'p9'"] },
        { "reference: an activity's author before its participants and on", Spec.With("activities[1].on", "m9").With("activities[1].participants", Node("""["p7"]""")).With("activities[1].by", "p8"), "$.activities[1].by", ["'p8'"] },
        { "JSON before shape: a late duplicate name beats an early unknown word", Spec.With("course.kind", "old").Replace("\"note\":", "\"note\":\"x\",\"note\":", StringComparison.Ordinal), "$.checklistNotes[0].note", ["more than once"] },
        { "JSON before shape: a late syntax error beats an early unknown word", Spec.With("course.kind", "old").TrimEnd()[..^1], "$", ["not valid JSON"] },
    };

    [Theory]
    [MemberData(nameof(TwoProblems))]
    public void Deserialize_TwoProblems_ReportsTheFirst(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    // ---------------------------------------------------------------- valid documents

    [Fact]
    public void Deserialize_MinimalDocument_ReadsWithEverythingOptionalEmpty()
    {
        var snapshot = SnapshotSerializer.Deserialize(Minimal);

        snapshot.AsOf.ShouldBeNull();
        snapshot.Course.ShouldBeEquivalentTo(new Course { Id = "sleep-2026", Title = "Managing Sleep", Kind = CourseKind.New, Topics = ListOf("sleep"), Stage = Stage.Developing });
        snapshot.Course.LeadId.ShouldBeNull();
        snapshot.Taxonomy.ShouldBeEmpty();
        snapshot.People.ShouldBeEmpty();
        snapshot.Materials.ShouldBeEmpty();
        snapshot.Activities.ShouldBeEmpty();
        snapshot.Decisions.ShouldBeEmpty();
        snapshot.ChecklistNotes.ShouldBeEmpty();
        snapshot.StageHistory.ShouldBeEmpty();
    }

    [Fact]
    public void Deserialize_SpecExample_ReadsEveryMember()
    {
        var snapshot = SnapshotSerializer.Deserialize(Spec);

        snapshot.AsOf.ShouldBe(Utc(2026, 4, 1, 9));
        snapshot.Course.ShouldBeEquivalentTo(new Course { Id = "sleep-2026", Title = "Managing Sleep", Kind = CourseKind.New, Topics = ListOf("sleep"), Stage = Stage.Developing, LeadId = "p1" });
        snapshot.Taxonomy.ShouldBe(new Dictionary<string, string> { ["insomnia"] = "sleep", ["nightmares"] = "sleep" });
        snapshot.People.ShouldBeEquivalentTo(ListOf(
            new Person { Id = "p1", DisplayName = "Sam", Membership = Membership.Core, Role = "peerTrainer", Seniority = 0, Experience = ListOf(new Experience(ExperienceKind.Lived, ListOf("sleep"))) },
            new Person { Id = "p2", DisplayName = "Dr Lee", Membership = Membership.Core, Role = "clinician", Seniority = 1, Experience = ListOf(new Experience(ExperienceKind.Learned, ListOf("sleep", "anxiety"))) },
            new Person { Id = "f1", DisplayName = "Focus group member 1", Membership = Membership.FocusGroup, Experience = ListOf(new Experience(ExperienceKind.Carer, ListOf("sleep"))) }));
        snapshot.Materials.ShouldBeEquivalentTo(ListOf(
            new Material { Id = "m1", Title = "Session 1 slides", Versions = ListOf(new Signature(Utc(2026, 3, 2, 10), "p1")), Agreements = ListOf(new Signature(Utc(2026, 3, 5, 10), "p2")) }));
        snapshot.Activities.ShouldBeEquivalentTo(ListOf(
            new Activity { Id = "a1", Kind = ActivityKind.Meeting, At = Utc(2026, 3, 1, 10), By = "p1", Participants = ListOf("p2"), Mode = ActivityMode.Virtual },
            new Activity { Id = "a2", Kind = ActivityKind.Feedback, At = Utc(2026, 3, 3, 10), By = "p2", Participants = ListOf<string>(), On = "m1", Aspect = FeedbackAspect.Content },
            new Activity { Id = "a3", Kind = ActivityKind.FocusGroup, At = Utc(2026, 3, 4, 10), By = "p1", Participants = ListOf("f1"), Method = FocusGroupMethod.PollOrSurvey, Phase = FocusGroupPhase.Beginning }));
        snapshot.Decisions.ShouldBeEquivalentTo(ListOf(
            new Decision { Id = "d1", Summary = "Deliver as three 90-minute sessions", At = Utc(2026, 3, 6, 10), By = "p1", Involved = ListOf("p1", "p2") }));
        snapshot.ChecklistNotes.ShouldBe([new ChecklistNote(ChecklistItem.FocusGroupsUsed, "Why this item is not met, in the team's words")]);
        snapshot.StageHistory.ShouldBe(
        [
            new StageChange(Utc(2026, 2, 20, 10), Stage.Proposed, Stage.Scoping, "p1"),
            new StageChange(Utc(2026, 2, 27, 10), Stage.Scoping, Stage.Developing, "p1"),
        ]);
    }

    [Fact]
    public void Deserialize_OptionalMembersAbsent_TakeTheirDefaults()
    {
        var snapshot = SnapshotSerializer.Deserialize(RequiredOnly);

        snapshot.AsOf.ShouldBeNull();
        snapshot.Course.LeadId.ShouldBeNull();
        snapshot.Taxonomy.ShouldBeEmpty();

        var person = snapshot.People.ShouldHaveSingleItem();
        person.Role.ShouldBeNull();
        person.Seniority.ShouldBeNull();
        person.EffectiveSeniority.ShouldBe(0);
        person.Experience.ShouldBeEmpty();

        snapshot.Materials.ShouldHaveSingleItem().Agreements.ShouldBeEmpty();

        var meeting = snapshot.Activities[0];
        meeting.Participants.ShouldBeEmpty();
        meeting.On.ShouldBeNull();
        meeting.Mode.ShouldBeNull();
        meeting.Aspect.ShouldBeNull();
        meeting.Method.ShouldBeNull();
        meeting.Phase.ShouldBeNull();
        meeting.Accepted.ShouldBeNull();

        var feedback = snapshot.Activities[1];
        feedback.Aspect.ShouldBeNull();
        feedback.EffectiveAspect.ShouldBe(FeedbackAspect.Content);

        snapshot.Activities[2].Phase.ShouldBeNull();
        snapshot.Activities[3].Accepted.ShouldBeNull();

        var decision = snapshot.Decisions.ShouldHaveSingleItem();
        decision.Involved.ShouldBeEmpty();
        decision.Exemption.ShouldBeNull();
        decision.Justification.ShouldBeNull();

        snapshot.ChecklistNotes.ShouldHaveSingleItem().Note.ShouldBe(string.Empty);
    }

    public static TheoryData<string, string> UnknownMemberPlaces => new()
    {
        { "the root", "" },
        { "the course", "course" },
        { "a person", "people[0]" },
        { "an experience", "people[0].experience[0]" },
        { "a material", "materials[0]" },
        { "a version", "materials[0].versions[0]" },
        { "an agreement", "materials[0].agreements[0]" },
        { "an activity", "activities[1]" },
        { "a decision", "decisions[0]" },
        { "a checklist note", "checklistNotes[0]" },
        { "a stage change", "stageHistory[1]" },
    };

    [Theory]
    [MemberData(nameof(UnknownMemberPlaces))]
    public void Deserialize_UnknownMembers_AreIgnored(string description, string place)
    {
        var expected = SnapshotSerializer.Deserialize(Spec);
        var prefix = place.Length == 0 ? string.Empty : place + ".";
        var document = Spec
            .With(prefix + "futureObject", Node("""{ "id": 5, "kind": "unknown", "nested": [[1, 2], { "deep": null }] }"""))
            .With(prefix + "futureArray", Node("""[1, "two", null, true, { "at": "not a time" }]"""))
            .With(prefix + "futureNull", null)
            .With(prefix + "futureNumber", 1.5e300)
            .With(prefix + "futureString", "2026-13-45")
            .With(prefix + "ID", "differs from 'id' only in case, so it is a different member")
            .With(prefix + "futureNesting", Node(Nested('[', ']', 20)));

        SnapshotSerializer.Deserialize(document).ShouldBeEquivalentTo(expected, description);
    }

    [Fact]
    public void Deserialize_UnknownMembersEverywhereAtOnce_AreIgnored()
    {
        var expected = SnapshotSerializer.Deserialize(Spec);
        var document = UnknownMemberPlaces.Aggregate(Spec, (json, row) =>
        {
            var place = (string)row[1];
            return json.With(place.Length == 0 ? "version2" : place + ".version2", Node("""{ "added": ["later"] }"""));
        });

        SnapshotSerializer.Deserialize(document).ShouldBeEquivalentTo(expected);
    }

    public static TheoryData<string, string, string> ExactTimes => new()
    {
        { "a +01:00 offset", "2026-03-02T10:00:00+01:00", "2026-03-02T10:00:00.0000000+01:00" },
        { "a +01:00 offset and half a second", "2026-03-02T10:00:00.5+01:00", "2026-03-02T10:00:00.5000000+01:00" },
        { "a +01:00 offset and seven fractional digits", "2026-03-02T10:00:00.1234567+01:00", "2026-03-02T10:00:00.1234567+01:00" },
        { "milliseconds in UTC", "2026-03-02T10:00:00.123Z", "2026-03-02T10:00:00.1230000+00:00" },
        { "a negative half-hour offset", "2026-03-02T10:00:00.25-03:30", "2026-03-02T10:00:00.2500000-03:30" },
        { "+00:00 rather than Z", "2026-03-02T10:00:00+00:00", "2026-03-02T10:00:00.0000000+00:00" },
        { "the largest offset", "2026-03-02T10:00:00+14:00", "2026-03-02T10:00:00.0000000+14:00" },
        { "a leap day", "2028-02-29T23:59:59.9999999Z", "2028-02-29T23:59:59.9999999+00:00" },
    };

    [Theory]
    [MemberData(nameof(ExactTimes))]
    public void Deserialize_TimeWithOffsetOrFraction_ReadsTheInstantAndOffsetExactly(string description, string text, string expected)
    {
        var snapshot = SnapshotSerializer.Deserialize(Spec.With("asOf", text));

        snapshot.AsOf!.Value.ToString("o", CultureInfo.InvariantCulture).ShouldBe(expected, description);
    }

    [Fact]
    public void Deserialize_EveryTimeMember_KeepsItsOffsetAndFraction()
    {
        const string Time = "2026-03-02T10:00:00.25+01:00";
        var document = new[] { "asOf", "materials[0].versions[0].at", "materials[0].agreements[0].at", "activities[0].at", "decisions[0].at", "stageHistory[0].at", "stageHistory[1].at" }
            .Aggregate(Spec, (json, path) => json.With(path, Time));

        var snapshot = SnapshotSerializer.Deserialize(document);

        DateTimeOffset[] times =
        [
            snapshot.AsOf!.Value, snapshot.Materials[0].Versions[0].At, snapshot.Materials[0].Agreements[0].At,
            snapshot.Activities[0].At, snapshot.Decisions[0].At, snapshot.StageHistory[0].At, snapshot.StageHistory[1].At,
        ];
        times.ShouldAllBe(t => t.ToString("o", CultureInfo.InvariantCulture) == "2026-03-02T10:00:00.2500000+01:00");
    }

    public static TheoryData<string, string> EveryWord()
    {
        var rows = new TheoryData<string, string>();
        void Add(string path, string[] words)
        {
            foreach (var word in words)
            {
                rows.Add(path, word);
            }
        }

        Add("course.kind", CourseKinds);
        Add("course.stage", Stages);
        Add("people[0].membership", Memberships);
        Add("people[0].experience[0].kind", ExperienceKinds);
        Add("activities[1].kind", ActivityKinds);
        Add("activities[1].mode", Modes);
        Add("activities[1].aspect", Aspects);
        Add("activities[1].method", Methods);
        Add("activities[1].phase", Phases);
        Add("decisions[0].exemption", Exemptions);
        Add("checklistNotes[0].item", ChecklistItems);
        Add("stageHistory[0].from", Stages);
        Add("stageHistory[1].to", Stages);
        return rows;
    }

    /// <summary>Every word of every enumeration reads, and is written back as the same word.</summary>
    [Theory]
    [MemberData(nameof(EveryWord))]
    public void Deserialize_EveryWordOfEveryEnumeration_ReadsAndIsWrittenBackUnchanged(string path, string word)
    {
        // activities[1] carries both 'on' and 'method', so it is valid whatever its kind.
        var document = Spec.With("activities[1].method", "virtual").With(path, word);

        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(document));

        At(written, path)!.GetValue<string>().ShouldBe(word);
    }

    [Fact]
    public void Deserialize_BytesAndText_GiveTheSameSnapshot()
    {
        var fromText = SnapshotSerializer.Deserialize(Full);
        var fromBytes = SnapshotSerializer.Deserialize(Encoding.UTF8.GetBytes(Full));

        fromBytes.ShouldBeEquivalentTo(fromText);
        SnapshotSerializer.Serialize(fromBytes).ShouldBe(SnapshotSerializer.Serialize(fromText));
    }

    [Fact]
    public void Deserialize_BytesStartingWithAByteOrderMark_ReadsTheDocument()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Spec)).ToArray();

        SnapshotSerializer.Deserialize(bytes).ShouldBeEquivalentTo(SnapshotSerializer.Deserialize(Spec));
    }

    [Fact]
    public void Deserialize_EscapedTextAndSurrogatePairs_ReadAsTheCharacters()
    {
        var document = Spec.With("course.title", "Sleep \U0001F634").Replace("\"sleep-2026\"", "\"sl\\u0065ep-2026\"", StringComparison.Ordinal);

        var snapshot = SnapshotSerializer.Deserialize(document);

        snapshot.Course.Title.ShouldBe("Sleep \U0001F634");
        snapshot.Course.Id.ShouldBe("sleep-2026");
    }

    [Fact]
    public void Deserialize_IdsDifferingOnlyInCase_AreDifferentIds()
    {
        var document = Spec.With("people[2].id", "P1").With("activities[2].participants[0]", "P1");

        var snapshot = SnapshotSerializer.Deserialize(document);

        snapshot.People.Select(p => p.Id).ShouldBe(["p1", "p2", "P1"]);
    }

    [Fact]
    public void Deserialize_SameIdInDifferentCollections_IsAllowedUnlessOnIsAmbiguous()
    {
        // A person, an activity and a material may share an id; only a material and a decision may not, because of 'on'.
        var document = Spec.With("people[2].id", "x1").With("activities[2].participants[0]", "x1").With("activities[0].id", "x1").With("materials[0].id", "x1").With("activities[1].on", "x1");

        SnapshotSerializer.Deserialize(document).Materials[0].Id.ShouldBe("x1");
    }

    [Fact]
    public void Deserialize_StageChangesAtTheSameMoment_AreInTimeOrder()
    {
        var document = Spec.With("stageHistory[1].at", "2026-02-20T11:00:00+01:00");

        SnapshotSerializer.Deserialize(document).StageHistory.Count.ShouldBe(2);
    }

    [Fact]
    public void Deserialize_NestingWithinTheLimitInAnUnknownMember_IsIgnored()
    {
        var document = Spec.Replace("\"asOf\":", "\"extension\": " + Nested('[', ']', 30) + ", \"asOf\":", StringComparison.Ordinal);

        SnapshotSerializer.Deserialize(document).ShouldBeEquivalentTo(SnapshotSerializer.Deserialize(Spec));
    }

    [Fact]
    public void Deserialize_Null_ThrowsArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => SnapshotSerializer.Deserialize((string)null!));
        Should.Throw<ArgumentNullException>(() => SnapshotSerializer.Serialize(null!));
    }

    // ---------------------------------------------------------------- round trip and output

    public static TheoryData<string> RoundTripDocuments => new() { nameof(SpecExample), nameof(Full), nameof(Minimal), nameof(RequiredOnly) };

    [Theory]
    [MemberData(nameof(RoundTripDocuments))]
    public void Serialize_ThenDeserialize_GivesAnEquivalentSnapshot(string name)
    {
        var original = SnapshotSerializer.Deserialize(Document(name));

        var roundTripped = SnapshotSerializer.Deserialize(SnapshotSerializer.Serialize(original));

        roundTripped.ShouldBeEquivalentTo(original);
    }

    [Theory]
    [MemberData(nameof(RoundTripDocuments))]
    public void Serialize_AfterARoundTrip_IsByteForByteTheSame(string name)
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Document(name)));

        var rewritten = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(written));

        Encoding.UTF8.GetBytes(rewritten).ShouldBe(Encoding.UTF8.GetBytes(written));
    }

    [Fact]
    public void Serialize_SnapshotBuiltInCode_RoundTripsWithOffsetsAndTicks()
    {
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1)).AddTicks(1);
        var snapshot = new CourseSnapshot
        {
            AsOf = at,
            Course = new Course { Id = "c", Title = "Zoë's course", Kind = CourseKind.Review, Topics = ["sleep"], Stage = Stage.QualityReview },
            Taxonomy = new Dictionary<string, string> { ["insomnia"] = "sleep" },
            People = [new Person { Id = "p", DisplayName = "Zoë", Membership = Membership.Core, Seniority = 3 }],
            Materials = [new Material { Id = "m", Title = "Slides", Versions = [new(at.AddDays(1), "p")] }],
            Activities = [new Activity { Id = "a", Kind = ActivityKind.TaskAssigned, At = at, By = "p", Participants = ["p"], Accepted = false }],
            StageHistory = [new StageChange(at.ToOffset(TimeSpan.FromHours(-5)), Stage.Developing, Stage.QualityReview, "p")],
        };

        var written = SnapshotSerializer.Serialize(snapshot);
        var read = SnapshotSerializer.Deserialize(written);

        // The reader makes lists of its own, so the canonical text stands for equivalence here.
        SnapshotSerializer.Serialize(read).ShouldBe(written);
        read.Course.ShouldBe(snapshot.Course with { Topics = read.Course.Topics });
        read.Course.Topics.ShouldBe(["sleep"]);
        read.Taxonomy.ShouldBe(snapshot.Taxonomy);
        read.People.ShouldHaveSingleItem().ShouldBe(snapshot.People[0] with { Experience = read.People[0].Experience });
        read.AsOf.ShouldBe(at);
        read.AsOf!.Value.Offset.ShouldBe(TimeSpan.FromHours(1));
        read.StageHistory[0].At.Offset.ShouldBe(TimeSpan.FromHours(-5));
        read.Activities[0].Accepted.ShouldBe(false);
        written.ShouldContain("\"asOf\": \"2026-03-02T10:00:00.0000001+01:00\"");
        written.ShouldContain("\"at\": \"2026-03-02T04:00:00.0000001-05:00\"");
    }

    [Fact]
    public void Serialize_FullDocument_KeepsEveryOffset()
    {
        var read = SnapshotSerializer.Deserialize(SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Full)));

        read.AsOf!.Value.ToString("o", CultureInfo.InvariantCulture).ShouldBe("2026-04-01T10:00:00.5000000+01:00");
        read.Materials[0].Versions[1].At.ToString("o", CultureInfo.InvariantCulture).ShouldBe("2026-03-09T09:30:00.1234567-05:00");
        read.Materials[1].Versions[0].At.Offset.ShouldBe(new TimeSpan(5, 30, 0));
        read.StageHistory[2].At.Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Serialize_SpecExample_WritesTheSameMembersAndValuesAsTheSpec()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Spec));

        JsonTree.DeepEquals(Node(written), Node(Spec)).ShouldBeTrue(written);
    }

    [Fact]
    public void Serialize_MinimalSnapshot_WritesTwoSpaceIndentedJsonWithLineFeeds()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Minimal));

        written.ShouldBe(
            "{\n" +
            "  \"format\": \"coproduction-snapshot/1\",\n" +
            "  \"course\": {\n" +
            "    \"id\": \"sleep-2026\",\n" +
            "    \"title\": \"Managing Sleep\",\n" +
            "    \"kind\": \"new\",\n" +
            "    \"topics\": [\n" +
            "      \"sleep\"\n" +
            "    ],\n" +
            "    \"stage\": \"developing\"\n" +
            "  }\n" +
            "}\n");
    }

    [Theory]
    [MemberData(nameof(RoundTripDocuments))]
    public void Serialize_AnyDocument_UsesLineFeedsAndTwoSpaceSteps(string name)
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Document(name)));

        written.ShouldNotContain("\r");
        written.ShouldNotContain("\t");
        written.ShouldEndWith("}\n");
        var previousIndent = 0;
        foreach (var line in written.TrimEnd('\n').Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            (indent % 2).ShouldBe(0, line);
            indent.ShouldBeLessThanOrEqualTo(previousIndent + 2, line);
            previousIndent = indent;
        }
    }

    [Fact]
    public void Serialize_NonAsciiTextAndApostrophes_AreWrittenAsTheyAre()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Full));

        written.ShouldContain("\"displayName\": \"Zoë O'Brien\"");
        written.ShouldContain("\"title\": \"Living with Anxiety – Zoë's course\"");
        written.ShouldContain("\"title\": \"Session 1: Q&A <what anxiety is>\"");
        written.ShouldContain("\"carer's stress\": \"stress\"");
        written.ShouldContain("\"Ängste\": \"anxiety\"");
        written.ShouldNotContain("\\u");
    }

    [Fact]
    public void Serialize_TextThatJsonMustEscape_IsEscapedAndReadBack()
    {
        var snapshot = SnapshotSerializer.Deserialize(Spec.With("course.title", "Say \"hello\"\\goodbye\n\tand\u0001"));

        var written = SnapshotSerializer.Serialize(snapshot);

        written.ShouldContain("\"title\": \"Say \\\"hello\\\"\\\\goodbye\\n\\tand\\u0001\"");
        SnapshotSerializer.Deserialize(written).Course.Title.ShouldBe(snapshot.Course.Title);
    }

    [Fact]
    public void Serialize_OptionalMembersAbsent_AreLeftOutExceptVersions()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(RequiredOnly));

        var root = Node(written).AsObject();
        root.Select(p => p.Key).ShouldBe(["format", "course", "people", "materials", "activities", "decisions", "checklistNotes", "stageHistory"]);
        root["people"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["id", "displayName", "membership"]);
        root["materials"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["id", "title", "versions"]);
        root["activities"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["id", "kind", "at", "by"]);
        root["decisions"]![0]!.AsObject().Select(p => p.Key).ShouldBe(["id", "summary", "at", "by"]);
    }

    // ---------------------------------------------------------------- helpers

    private static void ShouldReject(string description, string document, string path, string[] words)
    {
        var ex = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document), description);

        ex.Path.ShouldBe(path, description);
        ShouldContainWords(ex.Problem, words.Where(w => !w.StartsWith(AbsentMark, StringComparison.Ordinal)).ToArray(), description);
        ex.Message.ShouldBe($"{path}: {ex.Problem}", description);
        foreach (var absent in words.Where(w => w.StartsWith(AbsentMark, StringComparison.Ordinal)).Select(w => w[AbsentMark.Length..]))
        {
            ex.Message.ShouldNotContain(absent, Case.Sensitive, $"{description}: the message repeats what the document holds");
        }

        // The bytes overload reads the same document the same way.
        var fromBytes = Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(Encoding.UTF8.GetBytes(document)), description);
        fromBytes.Message.ShouldBe(ex.Message, description);
    }

    private static void ShouldContainWords(string problem, string[] words, string description)
    {
        problem.ShouldNotBeNullOrWhiteSpace(description);
        foreach (var word in words)
        {
            problem.ShouldContain(word, Case.Sensitive, $"{description}: '{problem}' should contain '{word}'");
        }

        // A clear message is about the document, never about the reader's insides.
        problem.ShouldNotContain("Exception", Case.Sensitive, description);
        problem.ShouldNotContain("System.", Case.Sensitive, description);
    }

    private static string[] Missing(string member) => [$"the required member '{member}' is missing"];

    /// <summary>Every word allowed, and never the word the document holds: it may be a person's own words.</summary>
    private static string[] NotOneOf(string word, string[] allowed) => ["is not one of " + string.Join(", ", allowed), Absent($"'{word}'")];

    private static string[] BadTime(string text) => ["is not an ISO 8601 time with an offset", "such as 2026-03-02T10:00:00Z", Absent($"'{text}'")];

    /// <summary>Text the whole message must not hold, among the words a row expects.</summary>
    private static string Absent(string text) => AbsentMark + text;

    private const string AbsentMark = "absent: ";

    private static string[] NoPerson(string id) => [$"no person has id '{id}'"];

    private static string[] NoMaterialOrDecision(string id) => [$"no material or decision has id '{id}'"];

    private static string Taxonomy(string taxonomy) => Spec.With("taxonomy", Node(taxonomy));

    /// <summary>JSON text of arrays or objects nested <paramref name="depth"/> deep (text, because a JSON tree refuses such depth).</summary>
    private static string Nested(char open, char close, int depth) =>
        open == '['
            ? new string(open, depth) + new string(close, depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{}" + new string(close, depth - 1);

    /// <summary>A list of the type the reader makes, so that ShouldBeEquivalentTo compares like with like.</summary>
    private static List<T> ListOf<T>(params T[] items) => [.. items];

    private static DateTimeOffset Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    private static string Document(string name) => name switch
    {
        nameof(SpecExample) => SpecExample,
        nameof(Full) => Full,
        nameof(Minimal) => Minimal,
        nameof(RequiredOnly) => RequiredOnly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such document"),
    };
}
