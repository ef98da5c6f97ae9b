using Coproduction.Model;

namespace Coproduction.Graph.Schema.Lists;

/// <summary>The team list: the people of each course's co-production team and focus groups (the title is the person's name).</summary>
public static class TeamList
{
    /// <summary>The list's key.</summary>
    public const string Key = "team";

    /// <summary>The person's identifier within the course, such as <c>p1</c>.</summary>
    public static SiteColumn<string?> PersonId { get; } = Columns.Text("PersonId", "Person id", "The person's identifier within the course, such as p1.");

    /// <summary>The course the person is in the team of.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>Core team or focus group.</summary>
    public static SiteColumn<Membership?> Membership { get; } = Columns.Choice<Membership>("Membership", "Membership");

    /// <summary>A role label, such as peer trainer.</summary>
    public static SiteColumn<string?> Role { get; } = Columns.Text("Role", "Role", "A label such as peer trainer, clinician, coordinator.");

    /// <summary>Line authority: 0 none, higher is more senior.</summary>
    public static SiteColumn<int?> Seniority { get; } = Columns.Integer("Seniority", "Seniority", "Line authority: 0 none, higher is more senior.");

    /// <summary>Topic tags of lived experience.</summary>
    public static SiteColumn<IReadOnlyList<string>> LivedTopics { get; } = Columns.Tags("LivedTopics", "Lived experience topics", "Topic tags of the course's own topics, separated by semicolons. Never a diagnosis.");

    /// <summary>Topic tags of learned experience.</summary>
    public static SiteColumn<IReadOnlyList<string>> LearnedTopics { get; } = Columns.Tags("LearnedTopics", "Learned experience topics", "Topic tags, separated by semicolons.");

    /// <summary>Topic tags of carer experience.</summary>
    public static SiteColumn<IReadOnlyList<string>> CarerTopics { get; } = Columns.Tags("CarerTopics", "Carer experience topics", "Topic tags, separated by semicolons. Never the cared-for person's condition.");

    /// <summary>The person's sign-in e-mail, sign-in name or Entra object id, if they have one, typed; <see cref="TrustAccount"/> says it where it is set.</summary>
    public static SiteColumn<string?> Account { get; } = Columns.Text("Account", "Account", "The person's sign-in email, sign-in name or Entra object id, if they have one: how their saves of course materials are recognised.");

    /// <summary>
    /// The person, picked in SharePoint's people picker, if they have a Trust account: their entry in the
    /// site's users, by lookup id. Added by schema version 2; where it is set it says who the member is, and
    /// <see cref="Account"/> is read only where it is empty (older sites, and what staff typed before).
    /// Not named <c>Person</c>: the list has a text column <c>PersonId</c>, which a write of <c>PersonLookupId</c> could fill instead.
    /// </summary>
    public static SiteColumn<string?> TrustAccount { get; } = Columns.Person("TrustAccount", "Trust account", "Pick the person if they have a Trust account; leave empty for a volunteer or carer without one. How their saves of course materials are recognised.").Since(2);

    /// <summary>The topic column of each kind of experience.</summary>
    public static IReadOnlyDictionary<ExperienceKind, SiteColumn<IReadOnlyList<string>>> Experience { get; } = new Dictionary<ExperienceKind, SiteColumn<IReadOnlyList<string>>>
    {
        [ExperienceKind.Lived] = LivedTopics,
        [ExperienceKind.Learned] = LearnedTopics,
        [ExperienceKind.Carer] = CarerTopics,
    };

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction team", "The people of each course's co-production team and focus groups. People need no Trust account.", false,
        [PersonId.Schema, Course.Schema, Membership.Schema, Role.Schema, Seniority.Schema, LivedTopics.Schema, LearnedTopics.Schema, CarerTopics.Schema, Account.Schema, TrustAccount.Schema]);
}
