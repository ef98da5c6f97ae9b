using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>
/// A material as it stood at the moment of assessment: its versions and agreements up to then, in
/// time order. A material with no version by then does not exist yet and has no view.
/// </summary>
internal sealed class MaterialView
{
    public MaterialView(Material material, DateTimeOffset asOf)
    {
        Material = material;
        Versions = material.Versions.Where(v => v.At <= asOf).OrderBy(v => v.At).ToList();
        Agreements = material.Agreements.Where(a => a.At <= asOf).OrderBy(a => a.At).ToList();
    }

    public Material Material { get; }

    public string Id => Material.Id;

    /// <summary>Versions saved by the moment of assessment, oldest first (ties keep document order).</summary>
    public IReadOnlyList<Signature> Versions { get; }

    public IReadOnlyList<Signature> Agreements { get; }

    public Signature Latest => Versions[^1];

    public bool Exists => Versions.Count > 0;

    /// <summary>
    /// Every core member agreed the material at or after its latest version; the latest version's
    /// author counts as agreeing by saving it.
    /// </summary>
    public bool IsAgreedBy(IEnumerable<Person> core) =>
        core.All(member => member.Id == Latest.By || Agreements.Any(a => a.By == member.Id && a.At >= Latest.At));
}
