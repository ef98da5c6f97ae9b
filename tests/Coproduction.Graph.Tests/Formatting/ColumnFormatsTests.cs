using System.Text.Json.Nodes;
using Coproduction.Checklist;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Text;

namespace Coproduction.Graph.Formatting;

public sealed class ColumnFormatsTests
{
    private static readonly string[] Icons = [Glance.CheckMark, Glance.Warning, Glance.ErrorBadge, Glance.Flag];

    /// <summary>What a person sees in a cell holding a value: its severity class, icon and word.</summary>
    private sealed record Seen(string Class, string Icon, string Word);

    public static TheoryData<string> Columns => [.. ColumnFormats.Courses.Select(f => f.Column.Name)];

    [Fact]
    public void Courses_FormatTheChecklistReadinessOpenFlagsEntriesToFixAndInputsWaiting()
    {
        ColumnFormats.Courses.Select(f => f.Column.Name).ShouldBe(
            [.. CoursesList.Checklist.Values.Select(c => c.Name), CoursesList.ReadyForQualityReview.Name, CoursesList.OpenFlags.Name, CoursesList.NeedsAttention.Name, CoursesList.InputsWaiting.Name]);
        ColumnFormats.Courses.Select(f => f.Column.Name).ShouldBeSubsetOf(CoursesList.Schema.Columns.Select(c => c.Name));
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Formatter_OfEachColumn_IsColumnFormattingJsonOfMicrosoftsSchemaNamingNoColumn(string column)
    {
        var json = JsonNode.Parse(Format(column).ToJson())!.AsObject();

        json["$schema"]!.GetValue<string>().ShouldBe("https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json");
        json["elmType"]!.GetValue<string>().ShouldBe("div");
        json["children"]!.AsArray().Select(c => c!["elmType"]!.GetValue<string>()).ShouldBe(["span", "span"]);
        json.ToJsonString().ShouldNotContain(column, Case.Sensitive, "it reads @currentField, whichever column holds it");
    }

    [Fact]
    public void Checklist_EachStatus_ShowsItsWordWithAnIconAndItsSeverity()
    {
        foreach (var column in CoursesList.Checklist.Values)
        {
            See(column.Name, SnapshotWords.Label(ChecklistStatus.Met)).ShouldBe(new Seen("sp-field-severity--good", Glance.CheckMark, "Met"));
            See(column.Name, SnapshotWords.Label(ChecklistStatus.PartlyMet)).ShouldBe(new Seen("sp-field-severity--warning", Glance.Warning, "Partly met"));
            See(column.Name, SnapshotWords.Label(ChecklistStatus.NotMet)).ShouldBe(new Seen("sp-field-severity--blocked", Glance.ErrorBadge, "Not met"));
            column.Schema.Choices.ShouldBe(["Not met", "Partly met", "Met"], ignoreOrder: true, "a word and an icon for every choice the column offers");
            See(column.Name, string.Empty).ShouldBe(new Seen(string.Empty, string.Empty, string.Empty), "not assessed yet: nothing shown");
        }
    }

    [Fact]
    public void Readiness_YesAndNo_ShowAWordAndAnIconEach()
    {
        See(CoursesList.ReadyForQualityReview.Name, true).ShouldBe(new Seen("sp-field-severity--good", Glance.CheckMark, "Ready"));
        See(CoursesList.ReadyForQualityReview.Name, false).ShouldBe(new Seen("sp-field-severity--warning", Glance.Warning, "Not ready"));
    }

    [Fact]
    public void OpenFlags_AnyIsAttentionWithTheCount_NoneIsAllWell()
    {
        See(CoursesList.OpenFlags.Name, 3d).ShouldBe(new Seen("sp-field-severity--severeWarning", Glance.Flag, "3 open"));
        See(CoursesList.OpenFlags.Name, 1d).ShouldBe(new Seen("sp-field-severity--severeWarning", Glance.Flag, "1 open"));
        See(CoursesList.OpenFlags.Name, 0d).ShouldBe(new Seen("sp-field-severity--good", Glance.CheckMark, "None"));
        See(CoursesList.NeedsAttention.Name, "").ShouldBe(new Seen("", "", ""), "not yet assessed: nothing said, not all well");
    }

    [Fact]
    public void InputsWaiting_AnyIsWorthALookNotYetLate_NoneIsAllWell()
    {
        See(CoursesList.InputsWaiting.Name, 2d).ShouldBe(new Seen("sp-field-severity--warning", Glance.Warning, "2 waiting"), "what is late is a flag");
        See(CoursesList.InputsWaiting.Name, 0d).ShouldBe(new Seen("sp-field-severity--good", Glance.CheckMark, "None"));
        See(CoursesList.InputsWaiting.Name, "").ShouldBe(new Seen("", "", ""));
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void Formatter_EveryCase_HasAWordAndAFluentIconNotColourAlone(string column)
    {
        // But for a count the worker has not written yet: shown empty, not as all well.
        foreach (var @case in Format(column).Cases.Where(c => c.Severity != Severity.None))
        {
            Icons.ShouldContain(@case.Icon);
            @case.Text.ShouldNotBeNullOrWhiteSpace();
        }
    }

    private static ColumnFormat Format(string column) => ColumnFormats.Courses.Single(f => f.Column.Name == column);

    private static Seen See(string column, object value)
    {
        var json = JsonNode.Parse(Format(column).ToJson())!;
        string Evaluate(JsonNode? expression) => FormatterExpression.Evaluate(expression!.GetValue<string>(), value)?.ToString() ?? string.Empty;
        return new Seen(Evaluate(json["attributes"]!["class"]), Evaluate(json["children"]![0]!["attributes"]!["iconName"]), Evaluate(json["children"]![1]!["txtContent"]));
    }
}
