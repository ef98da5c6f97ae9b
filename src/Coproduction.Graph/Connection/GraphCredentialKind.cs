namespace Coproduction.Graph.Connection;

/// <summary>How the adapter proves who it is to Microsoft Graph (Azure.Identity).</summary>
public enum GraphCredentialKind
{
    /// <summary>Azure.Identity's default chain: environment, workload identity, managed identity, developer tools.</summary>
    Default,

    /// <summary>An app registration's client secret.</summary>
    ClientSecret,

    /// <summary>An app registration's certificate (a PEM or PFX file).</summary>
    ClientCertificate,

    /// <summary>The managed identity of the Azure resource the worker runs on.</summary>
    ManagedIdentity,
}
