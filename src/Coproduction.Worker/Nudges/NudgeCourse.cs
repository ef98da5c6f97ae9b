namespace Coproduction.Worker.Nudges;

/// <summary>
/// The course a nudge is about, as its message names and links it: its id and title (not personal), and
/// the address of its item's form, made from what the worker knows of the site without asking Graph.
/// </summary>
/// <param name="SiteId">The site's Graph id, as the state keys it.</param>
/// <param name="SiteUrl">The site's address, as configured (without a final slash).</param>
/// <param name="CourseItem">The course's item id in the courses list.</param>
/// <param name="CourseId">The course's id.</param>
/// <param name="Title">The course's title.</param>
/// <param name="Link">The address of the course item's form.</param>
internal sealed record NudgeCourse(string SiteId, string SiteUrl, string CourseItem, string CourseId, string Title, string Link);
