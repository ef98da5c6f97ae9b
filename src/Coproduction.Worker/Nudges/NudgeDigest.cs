namespace Coproduction.Worker.Nudges;

/// <summary>A digest made and not yet taken by its receiver: the message exactly as it is sent every time.</summary>
/// <param name="Id">Its number, shown in the message, so that a repeat can be told for one.</param>
/// <param name="SiteId">The site's Graph id.</param>
/// <param name="CourseItem">The course's item id.</param>
/// <param name="Body">The message, as JSON.</param>
/// <param name="Attempts">How many times it has been sent and not taken.</param>
internal sealed record NudgeDigest(long Id, string SiteId, string CourseItem, string Body, int Attempts);
