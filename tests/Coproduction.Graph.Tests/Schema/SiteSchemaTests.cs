using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Schema;

public sealed class SiteSchemaTests
{
    private static readonly string Documentation = File.ReadAllText(Path.Combine(FindRepository(), "docs", "sharepoint-schema.md"));

    [Fact]
    public void Documentation_NamesEveryListAndColumn()
    {
        foreach (var list in SiteSchema.Lists)
        {
            Documentation.ShouldContain($"## {list.DisplayName} (`{list.Key}`");
            foreach (var column in list.Columns)
            {
                Documentation.ShouldContain($"`{column.Name}`", customMessage: $"{list.DisplayName}/{column.Name}");
            }
        }
    }

    [Fact]
    public void Lists_KeysNamesAndColumns_AreUnique()
    {
        SiteSchema.Lists.Select(l => l.Key).ShouldBeUnique();
        SiteSchema.Lists.Select(l => l.DisplayName).ShouldBeUnique();
        SiteSchema.Lists.ShouldAllBe(l => l.Columns.Select(c => c.Name.ToUpperInvariant()).Distinct().Count() == l.Columns.Count);
    }

    [Fact]
    public void Lookups_PointAtListsOfTheSchema()
    {
        var keys = SiteSchema.Lists.Select(l => l.Key).ToHashSet();

        SiteSchema.Lists.SelectMany(l => l.Columns).Where(c => c.Type == ColumnType.Lookup).ShouldAllBe(c => keys.Contains(c.LookupList!));
    }

    [Fact]
    public void Choices_AreTheFormatsWordsAsLabels()
    {
        SiteSchema.List(SiteSchema.Courses).Column("Stage").Choices.ShouldContain("Quality review");
        SnapshotWords.TryParseLabel<Stage>("Quality review", out var stage).ShouldBeTrue();
        stage.ShouldBe(Stage.QualityReview);
        SiteSchema.List(SiteSchema.Log).Column("Kind").Choices.ShouldContain(Coproduction.Graph.Schema.Lists.LogList.AgreementLabel);
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Coproduction.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Coproduction.sln) is not above the test's folder.");
    }
}
