namespace Coproduction.Graph.Schema.Lists;

/// <summary>The topics list: a narrower topic (the title) to its broader topic, so related topics are recognised.</summary>
public static class TopicsList
{
    /// <summary>The list's key.</summary>
    public const string Key = "topics";

    /// <summary>The broader topic.</summary>
    public static SiteColumn<string?> Broader { get; } = Columns.Text("Broader", "Broader topic", "The broader topic, such as sleep for insomnia.");

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction topics", "Narrower topic (the title) to broader topic, so related topics are recognised.", false, [Broader.Schema]);
}
