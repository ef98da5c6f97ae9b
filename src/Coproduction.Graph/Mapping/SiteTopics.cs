using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A site's topics list as a taxonomy (narrower topic to broader topic, compared ignoring case): read
/// once for every course of a pass or an export, in time linear in the topics. A topic given twice
/// keeps its first broader topic; a topic on a circle (following broader topics comes back to it) keeps
/// none, and its item is a data problem, so that one circle leaves every course assessable.
/// </summary>
public sealed class SiteTopics
{
    private SiteTopics(IReadOnlyDictionary<string, string> taxonomy, IReadOnlyList<DataProblem> problems)
    {
        Taxonomy = taxonomy;
        Problems = problems;
    }

    /// <summary>Narrower topic to broader topic.</summary>
    public IReadOnlyDictionary<string, string> Taxonomy { get; }

    /// <summary>The topic items left out, and why; never the topic itself.</summary>
    public IReadOnlyList<DataProblem> Problems { get; }

    /// <summary>Reads the site's topics.</summary>
    /// <param name="content">The site's items.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<SiteTopics> ReadAsync(ISiteContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = SiteSchema.List(SiteSchema.Topics).DisplayName;
        var problems = new List<DataProblem>();
        var broaderOf = new Dictionary<string, (string Broader, string Item)>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in await content.ItemsAsync(SiteSchema.Topics, cancellationToken))
        {
            try
            {
                if (TopicRow.Read(item.Fields) is { Narrower: { } narrower, Broader: { } broader })
                {
                    broaderOf.TryAdd(narrower, (broader, item.Id));
                }
            }
            catch (DataProblemException ex)
            {
                problems.Add(new DataProblem(list, item.Id, ex.Column, ex.Problem));
            }
        }

        foreach (var topic in Snapshots.TaxonomyCircles.Find(broaderOf.ToDictionary(t => t.Key, t => t.Value.Broader, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(new DataProblem(list, broaderOf[topic].Item, Schema.Lists.TopicsList.Broader.Name,
                "leads, through broader topics, back to this topic: its broader topic is left out until the circle is broken"));
            broaderOf.Remove(topic);
        }

        return new SiteTopics(broaderOf.ToDictionary(t => t.Key, t => t.Value.Broader, StringComparer.OrdinalIgnoreCase), problems);
    }
}
