namespace Coproduction.Worker.Nudges;

/// <summary>A site that opted in to nudges, and where its nudges go.</summary>
internal sealed class NudgeSite
{
    /// <summary>The site's address: one of <c>Coproduction:Worker:Sites</c>.</summary>
    public string Site { get; set; } = string.Empty;

    /// <summary>
    /// The address of the Teams workflow that posts the site's nudges to a channel ("When a Teams webhook
    /// request is received"). Its signature (<c>sig=</c>) lets anyone who has it post: a secret, never logged
    /// (docs/security.md).
    /// </summary>
    public string Webhook { get; set; } = string.Empty;

    /// <summary>What the settings show of it: never the webhook, which is a secret.</summary>
    public override string ToString() => Site;
}
