using Coproduction.Graph.Schema;
using Microsoft.Graph.Models;

namespace Coproduction.Graph.Provisioning;

/// <summary>Our column schema as a Graph column definition.</summary>
internal static class ColumnDefinitions
{
    /// <param name="column">The column.</param>
    /// <param name="listIds">The ids of the lists there are, by schema key, for lookups.</param>
    public static ColumnDefinition From(ColumnSchema column, IReadOnlyDictionary<string, string> listIds)
    {
        var definition = new ColumnDefinition { Name = column.Name, DisplayName = column.DisplayName, Description = column.Description };
        switch (column.Type)
        {
            case ColumnType.Text:
                definition.Text = new TextColumn();
                break;
            case ColumnType.MultilineText:
                definition.Text = new TextColumn { AllowMultipleLines = true };
                break;
            case ColumnType.Choice:
                definition.Choice = new ChoiceColumn { Choices = [.. column.Choices] };
                break;
            case ColumnType.Number:
                definition.Number = new NumberColumn();
                break;
            case ColumnType.DateTime:
                // Said outright: a column made without a format may show dates only, and keep midnight.
                definition.DateTime = new DateTimeColumn { Format = "dateTime" };
                break;
            case ColumnType.Boolean:
                definition.Boolean = new BooleanColumn();
                break;
            case ColumnType.Lookup:
                definition.Lookup = new LookupColumn { ListId = listIds[column.LookupList!], ColumnName = column.LookupColumn ?? Schema.Lists.SharePointColumns.Title.Name, AllowMultipleValues = column.AllowMultiple };
                break;
            case ColumnType.Person:
                // People only: a group is no one whose saves can be told apart.
                definition.PersonOrGroup = new PersonOrGroupColumn { AllowMultipleSelection = false, ChooseFromType = "peopleOnly" };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(column), column.Type, null);
        }

        return definition;
    }

    /// <summary>A lookup can be created only once the list it looks up is there.</summary>
    public static bool CanCreate(ColumnSchema column, IReadOnlyDictionary<string, string> listIds) =>
        column.LookupList is null || listIds.ContainsKey(column.LookupList);
}
