using System.Xml.Linq;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Graph.Formatting;

public sealed class SiteViewsTests
{
    public static TheoryData<string> Views => [.. SiteViews.All.Select(v => v.Key)];

    [Theory]
    [MemberData(nameof(Views))]
    public void View_QueryAndFields_AreWellFormedCamlNamingOnlyColumnsTheListHas(string key)
    {
        var view = SiteViews.All.Single(v => v.Key == key);
        var columns = SiteSchema.List(view.ListKey).Columns.Select(c => c.Name).Append(SharePointColumns.Title.Name).ToHashSet(StringComparer.Ordinal);

        var query = XElement.Parse($"<Query>{view.Query}</Query>");

        query.Elements().Select(e => e.Name.LocalName).ShouldBeSubsetOf(["Where", "GroupBy", "OrderBy"]);
        query.Descendants("FieldRef").Select(f => f.Attribute("Name")!.Value).ShouldBeSubsetOf(columns);
        view.Fields.ShouldBeSubsetOf(columns.Append(SharePointFields.LinkTitle));
        view.Fields.ShouldBeUnique();
        view.Title.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void NeedsAttention_ShowsCoursesNotReadyWithOpenFlagsOrWithEntriesToFix()
    {
        var view = SiteViews.NeedsAttention;
        var or = XElement.Parse($"<Query>{view.Query}</Query>").Element("Where")!.Element("Or")!;

        // CAML's Or takes two: the third reason nests.
        Condition(or.Elements().First()).ShouldBe("Eq ReadyForQualityReview Boolean 0");
        or.Element("Or")!.Elements().Select(Condition).ShouldBe(["Gt OpenFlags Number 0", "Gt NeedsAttention Number 0"]);
        view.Fields.ShouldBe(
        [
            "LinkTitle", CoursesList.Stage.Name, .. CoursesList.Checklist.Values.Select(c => c.Name), CoursesList.Score.Name,
            CoursesList.ReadyForQualityReview.Name, CoursesList.OpenFlags.Name, CoursesList.NeedsAttention.Name,
        ]);
        view.ListKey.ShouldBe(CoursesList.Key);
        view.Title.ShouldBe("Needs attention");
    }

    [Fact]
    public void ByCourse_GroupsTheOpenFlagsByCourse()
    {
        var view = SiteViews.FlagsByCourse;
        var query = XElement.Parse($"<Query>{view.Query}</Query>");

        Condition(query.Element("Where")!.Elements().Single()).ShouldBe("Eq Status Choice Open");
        query.Element("GroupBy")!.Element("FieldRef")!.Attribute("Name")!.Value.ShouldBe(FlagsList.Course.Name);
        query.Element("GroupBy")!.Attribute("Collapse")!.Value.ShouldBe("FALSE", "open: the groups are what the view is for");
        view.ListKey.ShouldBe(FlagsList.Key);
        view.Title.ShouldBe("By course");
    }

    [Fact]
    public void Attention_MoreReasons_NestInOrAsCamlTakesTwoAtATime()
    {
        var query = XElement.Parse($"<Query>{Caml.Query([.. SiteViews.Attention, Caml.Above(CoursesList.Score, 11)], [(CoursesList.OpenFlags, false)])}</Query>");

        var or = query.Element("Where")!.Element("Or")!;
        or.Elements().Select(e => e.Name.LocalName).ShouldBe(["Eq", "Or"]);
        var inner = or.Element("Or")!;
        inner.Elements().Select(e => e.Name.LocalName).ShouldBe(["Gt", "Or"]);
        inner.Element("Or")!.Elements().Select(Condition).ShouldBe(["Gt NeedsAttention Number 0", "Gt CoproductionScore Number 11"]);
    }

    private static string Condition(XElement comparison) =>
        $"{comparison.Name.LocalName} {comparison.Element("FieldRef")!.Attribute("Name")!.Value} {comparison.Element("Value")!.Attribute("Type")!.Value} {comparison.Element("Value")!.Value}";
}
