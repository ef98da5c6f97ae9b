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
    public void PersonColumns_HaveNoTextColumnNamedTheirNameAndId()
    {
        // Reported (microsoft-graph-docs#19901): with a person column Employee and a text column EmployeeId, a write of
        // EmployeeLookupId filled the text column. No list of the schema may have such a pair.
        foreach (var list in SiteSchema.Lists)
        {
            foreach (var person in list.Columns.Where(c => c.Type == ColumnType.Person))
            {
                list.Columns.ShouldNotContain(c => string.Equals(c.Name, person.Name + "Id", StringComparison.OrdinalIgnoreCase), $"{list.DisplayName}/{person.Name}");
            }
        }
    }

    [Fact]
    public void TrustAccount_IsAPersonColumnAddedByVersion2ReadAndWrittenAsItsLookupId()
    {
        var column = Lists.TeamList.TrustAccount;

        column.Schema.Type.ShouldBe(ColumnType.Person);
        column.Schema.Since.ShouldBe(2);
        column.FieldName.ShouldBe("TrustAccountLookupId");
        SiteSchema.ListsAt(1).Single(l => l.Key == SiteSchema.Team).Columns.ShouldNotContain(c => c.Name == column.Name);
        SiteSchema.List(SiteSchema.Team).Columns.ShouldContain(column.Schema);
        new Writing.FieldSet().Set(column, "12").ToGraph()["TrustAccountLookupId"].ShouldBe("12");
        Mapping.SiteFields.Empty.With(new Writing.FieldSet().Set(column, "12")).Get(column).ShouldBe("12");
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
