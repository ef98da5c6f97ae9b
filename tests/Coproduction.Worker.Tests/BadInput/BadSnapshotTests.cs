using System.Text;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.BadInput;

/// <summary>
/// Malformed snapshot documents through the real command line: each one exits 2 with one clear line
/// on standard error naming the file and the JSON path of what is wrong, writes nothing, and neither
/// crashes nor hangs. The files are in BadInput/Snapshots; the enormous and binary ones are made here.
/// </summary>
public sealed class BadSnapshotTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Files => new()
    {
        // Not JSON, or not all of it
        { "empty.json", "$: not valid JSON at line 1, column 1: The input does not contain any JSON tokens" },
        { "whitespace-only.json", "$: not valid JSON at line 3, column 1: The input does not contain any JSON tokens" },
        { "truncated-mid-object.json", "$: not valid JSON at line 37, column 16: Expected end of string, but instead reached end of data" },
        { "truncated-mid-string.json", "$: not valid JSON at line 6, column 20: Expected end of string" },
        { "truncated-before-last-brace.json", "$: not valid JSON at line 81, column 1: Expected depth to be zero" },
        { "trailing-comma.json", "$: not valid JSON at line 80, column 3" },
        { "comment.json", "$: not valid JSON at line 2, column 3: '/' is invalid" },
        { "single-quotes.json", "$: not valid JSON at line 2, column 3: ''' is an invalid start of a property name" },
        { "two-documents.json", "$: not valid JSON at line 82, column 1: '{' is invalid after a single JSON value" },
        { "yaml-not-json.json", "$: not valid JSON at line 1, column 2: a word that is not true, false or null. Expected the literal 'false'." },
        { "prose-not-json.json", "$: not valid JSON at line 1, column 2: a word that is not true, false or null. Expected the literal 'null'." },

        // Not a snapshot: the wrong shape or format
        { "root-array.json", "$: must be an object, not an array" },
        { "root-string.json", "$: must be an object, not a string" },
        { "root-null.json", "$: must be an object, not null" },
        { "format-missing.json", "$: the required member 'format' is missing" },
        { "format-unknown-version.json", "$.format: is not a format this library reads; expected 'coproduction-snapshot/1'" },
        { "course-missing.json", "$: the required member 'course' is missing" },
        { "feedback-without-on.json", "$.activities[1]: the required member 'on' is missing" },

        // Values of the wrong type
        { "course-null.json", "$.course: must be an object, not null" },
        { "course-is-array.json", "$.course: must be an object, not an array" },
        { "topics-is-string.json", "$.course.topics: must be an array, not a string" },
        { "seniority-is-string.json", "$.people[1].seniority: must be a whole number, not a string" },
        { "seniority-negative.json", "$.people[1].seniority: is negative" },
        { "seniority-enormous-number.json", "$.people[1].seniority: is out of range" },
        { "participants-holds-a-number.json", "$.activities[0].participants[1]: must be a string, not a number" },
        { "blank-person-id.json", "$.people[0].id: must not be empty" },
        { "material-without-versions.json", "$.materials[0].versions: must hold at least one version" },

        // Unknown values
        { "unknown-course-kind.json", "$.course.kind: is not one of new, review" },
        { "unknown-stage.json", "$.course.stage: is not one of proposed, scoping, developing" },
        { "unknown-membership.json", "$.people[0].membership: is not one of core, focusGroup" },
        { "unknown-activity-kind.json", "$.activities[0].kind: is not one of meeting, message" },
        { "unknown-experience-kind.json", "$.people[0].experience[0].kind: is not one of lived, learned, carer" },

        // Duplicates
        { "duplicate-person-id.json", "$.people[1].id: another person already has this id, at $.people[0].id; ids must be unique" },
        { "duplicate-activity-id.json", "$.activities[1].id: another activity already has this id, at $.activities[0].id; ids must be unique" },
        { "duplicate-member-name.json", "$.course.title: appears more than once in the same object" },

        // Dangling references
        { "dangling-activity-by.json", "$.activities[0].by: no person has id 'p9'" },
        { "dangling-feedback-on.json", "$.activities[1].on: no material or decision has id 'm9'" },
        { "dangling-lead.json", "$.course.leadId: no person has id 'p7'" },
        { "dangling-version-by.json", "$.materials[0].versions[0].by: no person has id 'p5'" },
        { "dangling-participant.json", "$.activities[0].participants[1]: no person has id 'p8'" },

        // Dates
        { "stage-history-out-of-order.json", "$.stageHistory[1].at: is earlier than the entry before it; the stage history must be in time order" },
        { "time-without-offset.json", "$.activities[0].at: is not an ISO 8601 time with an offset" },
        { "time-not-a-date.json", "$.activities[0].at: is not an ISO 8601 time with an offset" },
        { "time-impossible-date.json", "$.activities[0].at: is not an ISO 8601 time with an offset" },
    };

    /// <summary>Documents too big, too deep or not text to keep as files: made when the test runs.</summary>
    public static TheoryData<string> Generated => [.. GeneratedDocuments.Keys];

    private static Dictionary<string, (Action<string> Write, string Message)> GeneratedDocuments { get; } = new(StringComparer.Ordinal)
    {
        ["larger than the limit (65 MiB)"] = (path =>
        {
            using var file = File.Create(path);
            file.Write("{\"format\": \"coproduction-snapshot/1\", \"course\": {\"title\": \""u8);
            file.SetLength(65L * 1024 * 1024);
        }, "the file is 65 MiB; a snapshot may be at most 64 MiB"),
        ["200,000 activities with a duplicate id at the end (about 25 MB)"] = (path => File.WriteAllText(path, ManyActivities(200_000)), "$.activities[200000].id: another activity already has this id, at $.activities[0].id"),
        ["a 30 MB title in a document with no course kind"] = (path => File.WriteAllText(path,
            $$$"""{"format": "coproduction-snapshot/1", "course": {"id": "c", "title": "{{{new string('x', 30_000_000)}}}", "topics": ["sleep"], "stage": "developing"}}"""),
            "$.course: the required member 'kind' is missing"),
        ["10,000 nested arrays"] = (path => File.WriteAllText(path, $$"""{"format": "coproduction-snapshot/1", "extra": {{new string('[', 10_000)}}{{new string(']', 10_000)}}}"""),
            "$: not valid JSON at line 1, column 79: The maximum configured depth of 32 has been exceeded"),
        ["10,000 nested objects"] = (path => File.WriteAllText(path, "{\"format\": \"coproduction-snapshot/1\", " + string.Concat(Enumerable.Repeat("\"a\": {", 10_000)) + new string('}', 10_001)),
            "The maximum configured depth of 32 has been exceeded"),
        ["a byte order mark and nothing else"] = (path => File.WriteAllBytes(path, Encoding.UTF8.Preamble.ToArray()), "$: not valid JSON at line 1, column 1: The input does not contain any JSON tokens"),
        ["binary garbage with NUL bytes"] = (path => File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256))]), "$: not valid JSON at line 1, column 1"),
        ["UTF-16 text"] = (path => File.WriteAllText(path, "{\"format\": \"coproduction-snapshot/1\"}", Encoding.Unicode), "$: not valid JSON at line 1, column 1"),
        ["Latin-1 bytes that are not UTF-8 in a title"] = (path => File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("{\"format\": \"coproduction-snapshot/1\", \"course\": {\"id\": \"c\", \"title\": \"Caf"), 0xE9, .. "\"}}"u8.ToArray()]),
            "$.course.title: is not readable text because it holds bytes that are not UTF-8"),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Assess_MalformedSnapshotFile_ExitsTwoNamingTheFileAndPathAndWritesNothing(string name, string message)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "BadInput", "Snapshots", name);

        await ShouldBeRefusedAsync(file, message);
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public async Task Assess_EnormousDeepOrBinaryDocument_ExitsTwoWithoutCrashingOrHanging(string description)
    {
        var (write, message) = GeneratedDocuments[description];
        var file = _folder.File("generated.json");
        write(file);

        await ShouldBeRefusedAsync(file, message);
    }

    [Theory]
    [InlineData("truncated-mid-object.json", "$: not valid JSON at line 37, column 16")]
    [InlineData("dangling-feedback-on.json", "$.activities[1].on: no material or decision has id 'm9'")]
    [InlineData("duplicate-person-id.json", "$.people[1].id: another person already has this id, at $.people[0].id")]
    public async Task Process_MalformedSnapshotFile_ExitsTwoWithOneLineOnStandardError(string name, string message)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "BadInput", "Snapshots", name);
        var output = _folder.File("out.json");

        var (exitCode, standardOutput, error) = await ProgramProcess.RunAsync(["assess", file, "--output", output]);

        exitCode.ShouldBe(2);
        standardOutput.ShouldBeEmpty();
        error.ShouldStartWith($"coproduction: {file}: {message}");
        error.ShouldNotContain('\n');
    }

    [Fact]
    public async Task Process_DocumentLargerThanTheLimit_ExitsTwoAtOnce()
    {
        var (write, message) = GeneratedDocuments["larger than the limit (65 MiB)"];
        var file = _folder.File("huge.json");
        write(file);

        var (exitCode, _, error) = await ProgramProcess.RunAsync(["report", file, "--output", _folder.File("report.html")]);

        exitCode.ShouldBe(2);
        error.ShouldContain(message);
        File.Exists(_folder.File("report.html")).ShouldBeFalse();
    }

    private async Task ShouldBeRefusedAsync(string file, string message)
    {
        var output = _folder.File("assessment.json");

        var (exitCode, standardOutput, error) = await CommandLine.RunAsync("assess", file, "--output", output).WaitAsync(ProgramProcess.Hung);

        exitCode.ShouldBe(2, error);
        standardOutput.ShouldBeEmpty();
        error.ShouldStartWith($"coproduction: {file}: ");
        error.ShouldContain(message);
        error.TrimEnd().ShouldNotContain('\n', "one line");
        error.Length.ShouldBeLessThan(file.Length + 400, "a clear message, not the document");
        Directory.GetFiles(_folder.Path).Select(Path.GetFileName).ShouldNotContain(n => n!.StartsWith("assessment", StringComparison.Ordinal) || n.EndsWith(".tmp", StringComparison.Ordinal), "nothing is written");
    }

    private static string ManyActivities(int count)
    {
        var text = new StringBuilder("""{"format": "coproduction-snapshot/1", "course": {"id": "c", "title": "T", "kind": "new", "topics": ["sleep"], "stage": "developing"}, "people": [{"id": "p1", "displayName": "Sam", "membership": "core"}], "activities": [""");
        for (var i = 0; i < count; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $$"""{"id": "a{{i}}", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1"},""");
        }

        return text.Append("""{"id": "a0", "kind": "meeting", "at": "2026-03-01T10:00:00Z", "by": "p1"}]}""").ToString();
    }
}
