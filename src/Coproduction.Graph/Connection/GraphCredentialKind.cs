namespace Coproduction.Graph.Connection;

/// <summary>
/// How the adapter proves who it is to Microsoft Graph (Azure.Identity). Beyond loopback it must be
/// named: there is no default, so that a service never signs in, by accident, as whoever last ran
/// <c>az login</c> on its machine.
/// </summary>
public enum GraphCredentialKind
{
    /// <summary>Not named: refused for a Graph URL beyond loopback (the emulator needs none).</summary>
    None,

    /// <summary>An app registration's client secret.</summary>
    ClientSecret,

    /// <summary>An app registration's certificate (a PEM or PFX file).</summary>
    ClientCertificate,

    /// <summary>The managed identity of the Azure resource the worker runs on (system-assigned, or user-assigned by its client id).</summary>
    ManagedIdentity,

    /// <summary>Workload identity federation (Kubernetes and the like): a federated token file, given by <c>AZURE_FEDERATED_TOKEN_FILE</c>.</summary>
    WorkloadIdentity,

    /// <summary>
    /// A person's own sign-in, for trying things on their own machine: Azure.Identity's
    /// <c>DefaultAzureCredential</c> chain (environment, workload and managed identity, then developer
    /// tools such as <c>az login</c> and Visual Studio). Never for a service.
    /// </summary>
    Developer,
}
