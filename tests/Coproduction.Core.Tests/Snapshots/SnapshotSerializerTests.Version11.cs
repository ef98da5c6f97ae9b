using Coproduction.Model;
using static Coproduction.Snapshots.SnapshotDocuments;

namespace Coproduction.Snapshots;

/// <summary>The members added in version 1.1 of the format: an answer on an input, and delivered sessions; and each error the format lists for them.</summary>
public sealed partial class SnapshotSerializerTests
{
    private const string Answer = """{ "at": "2026-03-12T10:00:00Z", "by": "p1", "outcome": "adapted", "reason": "Session 2 now opens with the sleep diary, as the group asked" }""";

    private const string Sessions = """[ { "id": "s1", "at": "2026-05-04T13:00:00Z", "trainers": ["p1", "p2"], "mode": "inPerson" }, { "id": "s2", "at": "2026-05-11T13:00:00Z", "trainers": ["p1"] } ]""";

    /// <summary>The spec's example with the spec's examples of version 1.1: its focus group answered, and sessions.</summary>
    private static readonly string Version11 = Spec.With("activities[2].response", Node(Answer)).With("sessions", Node(Sessions));

    [Fact]
    public void Deserialize_Version11Members_AreRead()
    {
        var snapshot = SnapshotSerializer.Deserialize(Version11);

        snapshot.Activities[2].Response.ShouldBe(new InputResponse
        {
            At = new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero),
            By = "p1",
            Outcome = ResponseOutcome.Adapted,
            Reason = "Session 2 now opens with the sleep diary, as the group asked",
        });
        snapshot.Sessions.Select(s => (s.Id, s.Mode)).ShouldBe([("s1", SessionMode.InPerson), ("s2", (SessionMode?)null)]);
        snapshot.Sessions[0].Trainers.ShouldBe(["p1", "p2"]);
        snapshot.Activities[0].Response.ShouldBeNull();
    }

    [Fact]
    public void Serialize_Version11Members_RoundTripByteForByte()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Version11));

        SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(written)).ShouldBe(written);
        written.ShouldContain("\"response\": {");
        written.ShouldContain("\"outcome\": \"adapted\"");
        written.ShouldContain("\"sessions\": [");
    }

    [Fact]
    public void Serialize_SnapshotOfVersion1_WritesNoneOfTheNewMembers()
    {
        var written = SnapshotSerializer.Serialize(SnapshotSerializer.Deserialize(Spec));

        written.ShouldNotContain("\"response\"");
        written.ShouldNotContain("\"sessions\"");
    }

    public static TheoryData<string, string, string, string[]> Version11Problems => new()
    {
        { "an answer on a meeting", Spec.With("activities[0].response", Node(Answer)), "$.activities[0].response", ["only for feedback, objections and focus groups", Absent("meeting")] },
        { "an answer dated before what it answers", Version11.With("activities[2].response.at", "2026-03-04T09:59:59Z"), "$.activities[2].response.at", ["the answer is dated before what it answers"] },
        { "an outcome not in the list", Version11.With("activities[2].response.outcome", "rejected"), "$.activities[2].response.outcome", NotOneOf("rejected", ["adopted", "adapted", "notAdopted"]) },
        { "an answer without an outcome", Version11.Without("activities[2].response.outcome"), "$.activities[2].response", Missing("outcome") },
        { "an answer without its time", Version11.Without("activities[2].response.at"), "$.activities[2].response", Missing("at") },
        { "response.by that is no person's id", Version11.With("activities[2].response.by", "p9"), "$.activities[2].response.by", NoPerson("p9") },
        { "an answer by no one", Version11.Without("activities[2].response.by"), "$.activities[2].response", Missing("by") },
        { "an answer by a blank id", Version11.With("activities[2].response.by", " "), "$.activities[2].response.by", ["must not be empty"] },
        { "a session mode not in the list", Version11.With("sessions[0].mode", "async"), "$.sessions[0].mode", NotOneOf("async", ["inPerson", "virtual"]) },
        { "a trainer that is no person's id", Version11.With("sessions[1].trainers[0]", "p9"), "$.sessions[1].trainers[0]", NoPerson("p9") },
        { "a session with no trainer", Version11.With("sessions[1].trainers", Node("[]")), "$.sessions[1].trainers", ["must hold at least one trainer"] },
        { "a session without trainers", Version11.Without("sessions[1].trainers"), "$.sessions[1]", Missing("trainers") },
        { "two sessions with one id", Version11.With("sessions[1].id", "s1"), "$.sessions[1].id", ["another session already has this id, at $.sessions[0].id", "unique"] },
        { "a session with a blank id", Version11.With("sessions[1].id", " "), "$.sessions[1].id", ["must not be empty"] },
    };

    [Theory]
    [MemberData(nameof(Version11Problems))]
    public void Deserialize_Version11Problem_NamesItsPath(string description, string document, string path, string[] words) =>
        ShouldReject(description, document, path, words);

    [Fact]
    public void Deserialize_AnswerAtTheSameMomentAsItsInput_IsAccepted()
    {
        var snapshot = SnapshotSerializer.Deserialize(Version11.With("activities[2].response.at", "2026-03-04T10:00:00Z"));

        snapshot.Activities[2].Response!.At.ShouldBe(snapshot.Activities[2].At);
    }

    [Fact]
    public void Validate_SnapshotBuiltInCodeWithAnAnswerOnATask_ThrowsWithThePath()
    {
        var snapshot = SnapshotSerializer.Deserialize(Spec);
        var answered = snapshot with
        {
            Activities = [snapshot.Activities[0] with { Response = new InputResponse { At = snapshot.Activities[0].At, By = "p1", Outcome = ResponseOutcome.Adopted } }],
        };

        Should.Throw<SnapshotFormatException>(() => SnapshotValidator.Validate(answered)).Path.ShouldBe("$.activities[0].response");
    }
}
