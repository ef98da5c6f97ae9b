namespace Coproduction.Model;

/// <summary>A course material, such as slides or a handout, with its versions and agreements.</summary>
public sealed record Material
{
    /// <summary>The material's identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The material's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who saved each version and when; at least one.</summary>
    public required IReadOnlyList<Signature> Versions { get; init; }

    /// <summary>Who agreed the material as it stood at a moment.</summary>
    public IReadOnlyList<Signature> Agreements { get; init; } = [];
}
