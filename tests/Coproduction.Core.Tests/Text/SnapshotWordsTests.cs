using System.Reflection;
using Coproduction.Checklist;
using Coproduction.Flags;
using Coproduction.Lifecycle;
using Coproduction.Model;

namespace Coproduction.Text;

/// <summary>
/// Every persisted word and label, written out here by hand. Snapshots, assessments and SharePoint
/// sites already hold them (a flag kind's label is the identity of flags on sites), so a change to
/// any of them, or words made up from members' names again, fails here before it reaches anyone.
/// </summary>
public sealed class SnapshotWordsTests
{
    /// <summary>Each enumeration's values by number, with the word and the label each must have.</summary>
    private static readonly Dictionary<Type, (int Value, string Word, string Label)[]> Golden = new()
    {
        [typeof(CourseKind)] = [(0, "new", "New"), (1, "review", "Review")],
        [typeof(Stage)] =
        [
            (0, "proposed", "Proposed"), (1, "scoping", "Scoping"), (2, "developing", "Developing"),
            (3, "qualityReview", "Quality review"), (4, "approved", "Approved"), (5, "live", "Live"),
            (6, "underReview", "Under review"), (7, "retired", "Retired"), (8, "withdrawn", "Withdrawn"),
        ],
        [typeof(Membership)] = [(0, "core", "Core"), (1, "focusGroup", "Focus group")],
        [typeof(ExperienceKind)] = [(0, "lived", "Lived"), (1, "learned", "Learned"), (2, "carer", "Carer")],
        [typeof(ActivityKind)] =
        [
            (0, "meeting", "Meeting"), (1, "message", "Message"), (2, "workShared", "Work shared"),
            (3, "feedback", "Feedback"), (4, "researchAgreed", "Research agreed"), (5, "focusGroup", "Focus group"),
            (6, "carerViewsSought", "Carer views sought"), (7, "taskAssigned", "Task assigned"), (8, "objection", "Objection"),
        ],
        [typeof(ActivityMode)] = [(0, "inPerson", "In person"), (1, "virtual", "Virtual"), (2, "async", "Async")],
        [typeof(FeedbackAspect)] = [(0, "content", "Content"), (1, "structure", "Structure"), (2, "presentation", "Presentation")],
        [typeof(FocusGroupMethod)] =
        [
            (0, "inPerson", "In person"), (1, "virtual", "Virtual"), (2, "sharedInformation", "Shared information"),
            (3, "pollOrSurvey", "Poll or survey"), (4, "experienceSharing", "Experience sharing"),
        ],
        [typeof(FocusGroupPhase)] = [(0, "beginning", "Beginning"), (1, "partWay", "Part way"), (2, "towardsEnd", "Towards end")],
        [typeof(Exemption)] =
        [
            (0, "healthAndSafety", "Health and safety"), (1, "trustPolicy", "Trust policy"), (2, "timely", "Timely"), (3, "managerial", "Managerial"),
        ],
        [typeof(ResponseOutcome)] = [(0, "adopted", "Adopted"), (1, "adapted", "Adapted"), (2, "notAdopted", "Not adopted")],
        [typeof(SessionMode)] = [(0, "inPerson", "In person"), (1, "virtual", "Virtual")],
        [typeof(ChecklistItem)] =
        [
            (0, "relevantLearnedExperience", "Relevant learned experience"), (1, "relevantLivedExperience", "Relevant lived experience"),
            (2, "carersViewsSought", "Carers views sought"), (3, "focusGroupsUsed", "Focus groups used"),
            (4, "materialsAgreed", "Materials agreed"), (5, "workShared", "Work shared"),
        ],
        [typeof(ChecklistStatus)] = [(0, "notMet", "Not met"), (1, "partlyMet", "Partly met"), (2, "met", "Met")],
        [typeof(FlagKind)] =
        [
            (0, "soleAuthorWithoutFeedback", "Sole author without feedback"), (1, "soleFocus", "Sole focus"),
            (2, "pushedThroughWithoutFeedback", "Pushed through without feedback"), (3, "pullingRank", "Pulling rank"),
            (4, "tellingPeopleWhatToWorkOn", "Telling people what to work on"), (5, "overReviewing", "Over reviewing"),
            (6, "unexplainedExemption", "Unexplained exemption"),
            (7, "inputNotAnswered", "Input not answered"), (8, "notCoDelivered", "Not co-delivered"),
        ],
        [typeof(LifecycleTrigger)] =
        [
            (0, "beginScoping", "Begin scoping"), (1, "startDevelopment", "Start development"), (2, "submitForQuality", "Submit for quality"),
            (3, "requestChanges", "Request changes"), (4, "approve", "Approve"), (5, "launch", "Launch"),
            (6, "beginReview", "Begin review"), (7, "retire", "Retire"), (8, "withdraw", "Withdraw"),
        ],
    };

    public static TheoryData<Type> Persisted => [.. Golden.Keys];

    [Theory]
    [MemberData(nameof(Persisted))]
    public void Of_EveryValue_IsItsGoldenWordAndLabel(Type enumeration)
    {
        var golden = Golden[enumeration];

        Enum.GetValuesAsUnderlyingType(enumeration).Cast<int>().ShouldBe(golden.Select(g => g.Value), $"{enumeration.Name}: a value added, removed or renumbered");
        foreach (var (number, word, label) in golden)
        {
            var value = Enum.ToObject(enumeration, number);
            Call<string>(nameof(SnapshotWords.Of), enumeration, value).ShouldBe(word, $"{enumeration.Name} {number}");
            Call<string>(nameof(SnapshotWords.Label), enumeration, value).ShouldBe(label, $"{enumeration.Name} {number}");
        }
    }

    [Theory]
    [MemberData(nameof(Persisted))]
    public void Labels_EveryEnumeration_AreTheGoldenLabelsInOrder(Type enumeration) =>
        Call<IReadOnlyList<string>>(nameof(SnapshotWords.Labels), enumeration).ShouldBe(Golden[enumeration].Select(g => g.Label));

    [Theory]
    [MemberData(nameof(Persisted))]
    public void TryParse_EveryGoldenWordAndLabel_ReadsBackItsValue(Type enumeration)
    {
        foreach (var (number, word, label) in Golden[enumeration])
        {
            var value = Enum.ToObject(enumeration, number);
            TryParse(nameof(SnapshotWords.TryParse), enumeration, word).ShouldBe(value, word);
            TryParse(nameof(SnapshotWords.TryParse), enumeration, word.ToUpperInvariant()).ShouldBeNull("words match exactly");
            TryParse(nameof(SnapshotWords.TryParseLabel), enumeration, $"  {label.ToUpperInvariant()} ").ShouldBe(value, label);
        }
    }

    [Fact]
    public void Golden_EveryEnumerationSnapshotWordsServes_IsHeldToIt() =>
        DeclaredWords.Enumerations.ShouldBe(Golden.Keys, ignoreOrder: true);

    [Fact]
    public void Declared_EveryPublicEnumerationOfTheLibrary_HasWords()
    {
        // A new enumeration in the model is persisted somewhere sooner or later: it must declare its words first.
        var enumerations = typeof(SnapshotWords).Assembly.GetExportedTypes().Where(t => t.IsEnum);

        enumerations.ShouldBe(DeclaredWords.Enumerations, ignoreOrder: true);
    }

    public static TheoryData<Type> Served => [.. DeclaredWords.Enumerations];

    [Theory]
    [MemberData(nameof(Served))]
    public void Declared_EveryValue_HasOneWordAndOneLabelOfItsOwn(Type enumeration)
    {
        var values = Enum.GetValues(enumeration).Cast<object>().ToList();
        var words = values.Select(v => Call<string>(nameof(SnapshotWords.Of), enumeration, v)).ToList();
        var labels = values.Select(v => Call<string>(nameof(SnapshotWords.Label), enumeration, v)).ToList();

        words.ShouldAllBe(w => !string.IsNullOrWhiteSpace(w));
        labels.ShouldAllBe(l => !string.IsNullOrWhiteSpace(l));
        words.ShouldBeUnique();
        labels.Select(l => l.ToUpperInvariant()).ShouldBeUnique("labels are read back ignoring case");
        Call<IReadOnlyList<string>>(nameof(SnapshotWords.Labels), enumeration).Count.ShouldBe(values.Count, "a value declared twice or not at all");
    }

    [Fact]
    public void Of_AValueWithoutADeclaration_Throws() =>
        Should.Throw<ArgumentOutOfRangeException>(() => SnapshotWords.Of((Stage)99));

    [Fact]
    public void Of_AnEnumerationOutsideTheFormats_Throws()
    {
        Should.Throw<NotSupportedException>(() => SnapshotWords.Of(DayOfWeek.Monday));
        Should.Throw<NotSupportedException>(() => SnapshotWords.Labels<DayOfWeek>());
    }

    private static T Call<T>(string method, Type enumeration, params object[] arguments) =>
        (T)typeof(SnapshotWords).GetMethod(method)!.MakeGenericMethod(enumeration).Invoke(null, arguments)!;

    /// <summary>The value a TryParse method reads, or null when it reads none.</summary>
    private static object? TryParse(string method, Type enumeration, string text)
    {
        object?[] arguments = [text, null];
        var read = (bool)typeof(SnapshotWords).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(enumeration).Invoke(null, arguments)!;
        return read ? arguments[1] : null;
    }
}
