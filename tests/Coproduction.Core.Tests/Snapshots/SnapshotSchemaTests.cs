using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Model;
using Json.Schema;

namespace Coproduction.Snapshots;

/// <summary>
/// The JSON Schema of the snapshot format (docs/snapshot.schema.json): it is a valid 2020-12 schema,
/// every sample satisfies it, it refuses what the format forbids and allows what later versions may add,
/// and on each of those documents it agrees with <see cref="SnapshotSerializer"/>.
/// </summary>
public sealed class SnapshotSchemaTests
{
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "samples");
    private static readonly string SchemaFile = Path.Combine(AppContext.BaseDirectory, "docs", "snapshot.schema.json");

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>
    /// Ways to break the example, each something snapshot-format.md forbids, keyed by a name the test
    /// explorer shows: where the schema should report it (a JSON Pointer, the root being empty) and the change.
    /// </summary>
    private static readonly Dictionary<string, (string Location, Action<JsonObject> Break)> Breakages = new(StringComparer.Ordinal)
    {
        ["format missing"] = (string.Empty, d => d.Remove("format")),
        ["format of another version"] = ("/format", d => d["format"] = "coproduction-snapshot/2"),
        ["course missing"] = (string.Empty, d => d.Remove("course")),
        ["course title missing"] = ("/course", d => Course(d).Remove("title")),
        ["course kind workshop"] = ("/course/kind", d => Course(d)["kind"] = "workshop"),
        ["stage in the wrong case"] = ("/course/stage", d => Course(d)["stage"] = "Developing"),
        ["course topics empty"] = ("/course/topics", d => Course(d)["topics"] = new JsonArray()),
        ["experience topics empty"] = ("/people/0/experience/0/topics", d => Item(d, "people", 0)["experience"]![0]!["topics"] = new JsonArray()),
        ["person id empty"] = ("/people/0/id", d => Item(d, "people", 0)["id"] = string.Empty),
        ["person id blank"] = ("/people/0/id", d => Item(d, "people", 0)["id"] = "  "),
        ["membership unknown"] = ("/people/2/membership", d => Item(d, "people", 2)["membership"] = "student"),
        ["seniority negative"] = ("/people/1/seniority", d => Item(d, "people", 1)["seniority"] = -1),
        ["seniority not a whole number"] = ("/people/1/seniority", d => Item(d, "people", 1)["seniority"] = 1.5),
        ["material versions empty"] = ("/materials/0/versions", d => Item(d, "materials", 0)["versions"] = new JsonArray()),
        ["feedback without on"] = ("/activities/1", d => Item(d, "activities", 1).Remove("on")),
        ["objection without on"] = ("/activities/1", d =>
        {
            Item(d, "activities", 1)["kind"] = "objection";
            Item(d, "activities", 1).Remove("on");
        }
        ),
        ["focus group without method"] = ("/activities/2", d => Item(d, "activities", 2).Remove("method")),
        ["aspect unknown"] = ("/activities/1/aspect", d => Item(d, "activities", 1)["aspect"] = "spelling"),
        ["accepted not true or false"] = ("/activities/0/accepted", d => Item(d, "activities", 0)["accepted"] = "yes"),
        ["time without offset"] = ("/activities/0/at", d => Item(d, "activities", 0)["at"] = "2026-03-01T10:00:00"),
        ["time with a short offset"] = ("/activities/0/at", d => Item(d, "activities", 0)["at"] = "2026-03-01T10:00:00+01"),
        ["time that is only a date"] = ("/asOf", d => d["asOf"] = "2026-04-01"),
        ["time on a day that does not exist"] = ("/asOf", d => d["asOf"] = "2026-02-30T09:00:00Z"),
        ["decision summary missing"] = ("/decisions/0", d => Item(d, "decisions", 0).Remove("summary")),
        ["exemption unknown"] = ("/decisions/0/exemption", d => Item(d, "decisions", 0)["exemption"] = "urgent"),
        ["checklist note item unknown"] = ("/checklistNotes/0/item", d => Item(d, "checklistNotes", 0)["item"] = "carersViews"),
        ["stage change without by"] = ("/stageHistory/0", d => Item(d, "stageHistory", 0).Remove("by")),
        ["taxonomy broader topic empty"] = ("/taxonomy/insomnia", d => d["taxonomy"]!["insomnia"] = string.Empty),

        // Version 1.1's members.
        ["response on a meeting"] = ("/activities/0/response", d => Item(d, "activities", 0)["response"] = Answer()),
        ["response outcome unknown"] = ("/activities/2/response/outcome", d => Answered(d)["outcome"] = "rejected"),
        ["response without by"] = ("/activities/2/response", d => Answered(d).Remove("by")),
        ["session without trainers"] = ("/sessions/0", d => Session(d).Remove("trainers")),
        ["session trainers empty"] = ("/sessions/0/trainers", d => Session(d)["trainers"] = new JsonArray()),
        ["session mode async"] = ("/sessions/0/mode", d => Session(d)["mode"] = "async"),
    };

    private static JsonObject Answer() => new() { ["at"] = "2026-03-12T10:00:00Z", ["by"] = "p1", ["outcome"] = "adapted", ["reason"] = "as the group asked" };

    /// <summary>The example's focus group, answered; its answer.</summary>
    private static JsonObject Answered(JsonObject document)
    {
        var answer = Answer();
        Item(document, "activities", 2)["response"] = answer;
        return answer;
    }

    /// <summary>The example with one session; the session.</summary>
    private static JsonObject Session(JsonObject document)
    {
        var session = new JsonObject { ["id"] = "s1", ["at"] = "2026-05-04T13:00:00Z", ["trainers"] = new JsonArray("p1", "p2"), ["mode"] = "inPerson" };
        document["sessions"] = new JsonArray(session);
        return session;
    }

    [Fact]
    public void Evaluate_Version11Members_AreValidAndReadable()
    {
        var document = Example();
        Answered(document);
        Session(document);
        var json = document.ToJsonString();

        var results = Evaluate(Schema(), json);

        results.IsValid.ShouldBeTrue(Describe(results));
        SnapshotSerializer.Deserialize(json).Sessions.ShouldHaveSingleItem().Trainers.ShouldBe(["p1", "p2"]);
    }

    public static TheoryData<string> SampleFiles() => new(SampleFileNames());

    public static TheoryData<string> InvalidDocuments() => new(Breakages.Keys);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Evaluate_Sample_IsValid(string fileName)
    {
        var results = Evaluate(Schema(), File.ReadAllText(Path.Combine(SamplesFolder, fileName)));

        results.IsValid.ShouldBeTrue($"{fileName} does not match docs/snapshot.schema.json:{Environment.NewLine}{Describe(results)}");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Deserialize_Sample_ReadsWithoutError(string fileName)
    {
        var snapshot = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(SamplesFolder, fileName)));

        snapshot.AsOf.ShouldNotBeNull($"{fileName} should state asOf, so that its assessment is the same on every run");
        snapshot.People.ShouldNotBeEmpty();
    }

    [Fact]
    public void SampleFiles_SamplesFolder_HoldsTheSamples()
    {
        // The README names these three; more may be added.
        string[] named = ["course-under-review.json", "drifting-course.json", "healthy-new-course.json"];

        named.ShouldBeSubsetOf(SampleFileNames());
    }

    [Fact]
    public void Schema_EvaluatedAgainstDraft202012MetaSchema_IsValid()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));

        var results = MetaSchemas.Draft202012.Evaluate(schema.RootElement, Options);

        results.IsValid.ShouldBeTrue($"docs/snapshot.schema.json is not a valid 2020-12 schema:{Environment.NewLine}{Describe(results)}");
    }

    [Fact]
    public void Schema_Header_NamesDraft202012AndTheFormatVersion()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SchemaFile))!.AsObject();

        ((string?)schema["$schema"]).ShouldBe("https://json-schema.org/draft/2020-12/schema");
        ((string?)schema["$id"]).ShouldNotBeNullOrWhiteSpace();
        Uri.IsWellFormedUriString((string?)schema["$id"], UriKind.Absolute).ShouldBeTrue();
        ((string?)schema["properties"]!["format"]!["const"]).ShouldBe(CourseSnapshot.FormatVersion1);
        ((string?)schema["description"]).ShouldNotBeNull().ShouldContain("unique");
    }

    [Fact]
    public void Evaluate_SpecExample_IsValidAndReadable()
    {
        var results = Evaluate(Schema(), SnapshotDocuments.SpecExample);

        results.IsValid.ShouldBeTrue(Describe(results));
        Should.NotThrow(() => SnapshotSerializer.Deserialize(SnapshotDocuments.SpecExample));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Evaluate_DocumentTheFormatForbids_FailsWhereItIsBroken(string breakage)
    {
        var document = Broken(breakage);

        var results = Evaluate(Schema(), document);

        results.IsValid.ShouldBeFalse($"the schema accepts a document with {breakage}");
        Errors(results).Select(e => e.Location).ShouldContain(Breakages[breakage].Location, Describe(results));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void Deserialize_DocumentTheSchemaRefuses_IsRefusedToo(string breakage)
    {
        var document = Broken(breakage);

        Should.Throw<SnapshotFormatException>(() => SnapshotSerializer.Deserialize(document));
    }

    [Fact]
    public void Evaluate_UnknownMembersEverywhere_StillValidAndReadable()
    {
        var document = Example();
        document["generatedBy"] = "a later tool";
        Course(document)["deliveryNotes"] = "evenings";
        Item(document, "people", 0)["joinedAt"] = "2026-01-05T09:00:00Z";
        Item(document, "people", 0)["experience"]![0]!["since"] = 2019;
        Item(document, "materials", 0)["versions"]![0]!["comment"] = "first draft";
        Item(document, "activities", 0)["location"] = new JsonObject { ["site"] = "Ipswich" };
        Item(document, "decisions", 0)["reviewBy"] = "2026-09-01T09:00:00Z";
        Item(document, "stageHistory", 0)["reason"] = "agreed at the college's planning meeting";
        var json = document.ToJsonString();

        var results = Evaluate(Schema(), json);

        results.IsValid.ShouldBeTrue(Describe(results));
        SnapshotSerializer.Deserialize(json).Course.Id.ShouldBe("sleep-2026");
    }

    [Fact]
    public void Evaluate_OptionalMembersLeftOut_IsValidAndReadable()
    {
        const string json = """
            {
              "format": "coproduction-snapshot/1",
              "course": { "id": "c1", "title": "Understanding Anxiety", "kind": "review", "topics": ["anxiety"], "stage": "underReview" }
            }
            """;

        var results = Evaluate(Schema(), json);

        results.IsValid.ShouldBeTrue(Describe(results));
        SnapshotSerializer.Deserialize(json).People.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-03-01T10:00:00Z")]
    [InlineData("2026-03-01T10:00:00+01:00")]
    [InlineData("2026-03-01T10:00:00-05:30")]
    [InlineData("2026-03-01T10:00:00.5Z")]
    [InlineData("2026-03-01T10:00:00.1234567+00:00")]
    public void Evaluate_TimeWithOffset_IsValidAndReadable(string time)
    {
        var document = Example();
        Item(document, "activities", 0)["at"] = time;
        var json = document.ToJsonString();

        var results = Evaluate(Schema(), json);

        results.IsValid.ShouldBeTrue(Describe(results));
        Should.NotThrow(() => SnapshotSerializer.Deserialize(json));
    }

    /// <summary>The file names in samples/, in ordinal order.</summary>
    private static List<string> SampleFileNames() =>
        Directory.EnumerateFiles(SamplesFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    /// <summary>A fresh schema each time, in a registry of its own: the global registry refuses a second schema with the same $id.</summary>
    private static JsonSchema Schema() =>
        JsonSchema.FromText(File.ReadAllText(SchemaFile), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, Options);
    }

    private static JsonObject Example() => System.Text.Json.Nodes.JsonNode.Parse(SnapshotDocuments.SpecExample)!.AsObject();

    private static string Broken(string breakage)
    {
        var document = Example();
        Breakages[breakage].Break(document);
        return document.ToJsonString();
    }

    private static JsonObject Course(JsonObject document) => document["course"]!.AsObject();

    private static JsonObject Item(JsonObject document, string collection, int index) => document[collection]![index]!.AsObject();

    /// <summary>
    /// The errors of a failed evaluation. A failing <c>if</c> is how a conditional says "does not apply"
    /// rather than an error, so its messages are left out.
    /// </summary>
    private static List<(string Location, string Keyword, string Message)> Errors(EvaluationResults results) =>
        new[] { results }.Concat(results.Details ?? [])
            .Where(r => !r.IsValid && r.Errors is not null)
            .Where(r => !$"{r.EvaluationPath}/".Contains("/if/", StringComparison.Ordinal))
            .SelectMany(r => r.Errors!.Select(e => (r.InstanceLocation.ToString(), e.Key, e.Value)))
            .ToList();

    private static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, Errors(results).Select(e => $"  {(e.Location.Length == 0 ? "(root)" : e.Location)}: {e.Keyword}: {e.Message}"));
}
