namespace Coproduction.Graph.People;

/// <summary>What an entry of a site's user information list stands for.</summary>
public enum SiteUserKind
{
    /// <summary>An entry the site no longer has, or could not say what it is.</summary>
    Unknown,

    /// <summary>A person, signing in with their own account.</summary>
    Person,

    /// <summary>An application acting on its own (SharePoint's "SharePoint App", or an app principal).</summary>
    Application,

    /// <summary>A group: a Microsoft 365 or security group, or a SharePoint group.</summary>
    Group,
}
