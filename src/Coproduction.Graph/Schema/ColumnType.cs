namespace Coproduction.Graph.Schema;

/// <summary>The SharePoint column types the site schema uses.</summary>
public enum ColumnType
{
    /// <summary>A single line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    MultilineText,

    /// <summary>One of a fixed set of labels.</summary>
    Choice,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A date and time.</summary>
    DateTime,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>An item of another list of the site (or several).</summary>
    Lookup,

    /// <summary>A person who can sign in to the site: an entry of its user information list, chosen from the people picker.</summary>
    Person,
}
