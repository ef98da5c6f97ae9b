using System.Text.Json.Nodes;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using Coproduction.Assessment;
using Coproduction.Output;
using Coproduction.Snapshots;

namespace Coproduction.Samples;

/// <summary>
/// A snapshot of version 1 assesses exactly as version 1.0 of the library assessed it (Version1/, written
/// by it), apart from what version 1.1 adds: the members <c>youSaidWeDid</c> and <c>coDelivery</c> at the
/// end, and the new flags. The samples as version 1.0 had them are kept beside its assessments (the
/// samples themselves now record answers and sessions): they hold no answers and no sessions, so the
/// only new flags are the intended change: focus groups not answered 28 days on.
/// </summary>
public sealed class SampleVersion1Tests
{
    public static TheoryData<string, string[], string> Changes => new()
    {
        { "healthy-new-course", ["inputNotAnswered managing-sleep-2026"], """{"inputs":2,"answered":0,"adopted":0,"adapted":0,"notAdopted":0,"overdue":1}""" },
        { "drifting-course", [], """{"inputs":0,"answered":0,"adopted":0,"adapted":0,"notAdopted":0,"overdue":0}""" },
        { "course-under-review", ["inputNotAnswered coping-with-stress"], """{"inputs":2,"answered":0,"adopted":0,"adapted":0,"notAdopted":0,"overdue":1}""" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Assess_SampleOfVersion1_IsVersion10sAssessmentPlusOnlyTheNewMembersAndFlags(string sample, string[] newFlags, string youSaidWeDid)
    {
        var snapshot = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Version1", $"{sample}.json")));
        var now = JsonNode.Parse(AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, snapshot.AsOf!.Value)))!.AsObject();
        var before = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Version1", $"{sample}.assessment.json")))!;

        now.Select(m => m.Key).TakeLast(2).ShouldBe(["youSaidWeDid", "coDelivery"], "the new members come last");
        now["youSaidWeDid"]!.ToJsonString().ShouldBe(youSaidWeDid);
        now["coDelivery"]!.ToJsonString().ShouldBe("""{"sessions":0,"coDelivered":0}""");
        now.Remove("youSaidWeDid");
        now.Remove("coDelivery");
        var flags = now["flags"]!.AsArray();
        var added = flags.Where(f => f!["kind"]!.GetValue<string>() is "inputNotAnswered" or "notCoDelivered").ToList();
        added.Select(f => $"{f!["kind"]} {f["subject"]}").ShouldBe(newFlags);
        foreach (var flag in added)
        {
            flags.Remove(flag);
        }

        now.ToJsonString().ShouldBe(before.ToJsonString());
    }

    [Theory]
    [InlineData("healthy-new-course")]
    [InlineData("drifting-course")]
    [InlineData("course-under-review")]
    public void Serialize_SampleOfVersion1_RoundTripsToTheSameBytesWithNoNewMember(string sample)
    {
        // The samples are written by hand; once written by the serializer, a version 1 document reads and writes back byte for byte.
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Version1", $"{sample}.json"))));

        SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(written)).ShouldBe(written);
        written.ShouldNotContain("\"response\"");
        written.ShouldNotContain("\"sessions\"");
    }

    [Fact]
    public void Assess_SampleOfVersion1WithoutNewFlags_IsVersion10sBytesUpToTheNewMembers()
    {
        // The drifting sample of version 1 raises neither new flag: its output is 1.0's, byte for byte, with the two members after it.
        var snapshot = SnapshotSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Version1", "drifting-course.json")));
        var before = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "Version1", "drifting-course.assessment.json")).TrimEnd();
        var now = AssessmentJson.Serialize(new CourseAssessor().Assess(snapshot, snapshot.AsOf!.Value));

        var cut = now.IndexOf(",\n  \"youSaidWeDid\"", StringComparison.Ordinal);
        cut.ShouldBeGreaterThan(0);
        (now[..cut] + "\n}").ShouldBe(before);
    }
}
