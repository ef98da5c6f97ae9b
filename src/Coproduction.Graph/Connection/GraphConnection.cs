using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace Coproduction.Graph.Connection;

/// <summary>
/// The Microsoft.Graph client the adapter works through, built from the options: the SDK's default
/// middleware (retry on 429 and 503 honouring Retry-After, a fractional one rounded up for it,
/// redirects, compression), our User-Agent, and a credential from Azure.Identity, or the emulator's
/// token on loopback. Every answer that throttles or fails (429, 5xx) is logged, the SDK's own retries
/// included; a request that takes longer than <see cref="CoproductionGraphOptions.RequestTimeout"/> is given up.
/// </summary>
internal sealed class GraphConnection : IDisposable
{
    private readonly HttpClient _http;

    public GraphConnection(CoproductionGraphOptions options, HttpMessageHandler? finalHandler = null, ILogger? logger = null)
    {
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var userAgent = new UserAgentHandler(options.Organisation);
        handlers.Insert(0, userAgent);

        // Last before the network, so that every retry the SDK makes is counted and logged as the request it is.
        handlers.Add(new RetryAfterHandler());
        handlers.Add(new AnswerLogHandler(logger ?? NullLogger.Instance));
        handlers.Add(new RequestMetricsHandler());
        UserAgent = userAgent.Value;
        _http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        _http.Timeout = options.RequestTimeout;
        var uri = new Uri(options.GraphUrl);
        IAuthenticationProvider authentication = options.IsLoopback
            ? new BaseBearerTokenAuthenticationProvider(new EmulatorToken(options.EmulatorToken, uri.Host))
            : new AzureIdentityAuthenticationProvider(Credential(options), [uri.Host], scopes: [$"{uri.Scheme}://{uri.Host}/.default"]);
        Client = new GraphServiceClient(_http, authentication, options.GraphUrl.TrimEnd('/'));
    }

    public GraphServiceClient Client { get; }

    /// <summary>The HTTP client under <see cref="Client"/>, with its middleware, for a request whose raw answer matters (a site check).</summary>
    public HttpClient Http => _http;

    public string UserAgent { get; }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }

    private static TokenCredential Credential(CoproductionGraphOptions options) => options.Credential switch
    {
        GraphCredentialKind.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
        GraphCredentialKind.ClientCertificate => new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath),
        GraphCredentialKind.ManagedIdentity => options.ClientId is { Length: > 0 } id
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(id))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned),
        GraphCredentialKind.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
        {
            // Null leaves each to its environment variable (AZURE_TENANT_ID, AZURE_CLIENT_ID), as the platform sets them.
            TenantId = options.TenantId is { Length: > 0 } ? options.TenantId : null,
            ClientId = options.ClientId is { Length: > 0 } ? options.ClientId : null,
        }),
        GraphCredentialKind.Developer => new DefaultAzureCredential(),

        // Problems() refuses any other value before a connection is made.
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Credential, "No credential is named."),
    };
}
