namespace Coproduction.Assessment;

/// <summary>The sessions delivered in the cycle, and how many of them a peer trainer and a trainer with learned experience delivered together.</summary>
public sealed record CoDeliverySummary
{
    /// <summary>The sessions that count: inside the cycle and not after the moment of assessment.</summary>
    public int Sessions { get; init; }

    /// <summary>Those of them co-delivered.</summary>
    public int CoDelivered { get; init; }
}
