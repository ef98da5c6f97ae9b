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
/// SharePoint's own REST API (<see cref="SharePoint"/>), for what Graph v1.0 cannot do, goes through the
/// same middleware, signed in with the same credential for SharePoint's resource.
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

        logger ??= NullLogger.Instance;
        var handlers = Handlers(options, logger);

        // Counted as Graph's, which SharePoint's REST requests are not.
        handlers.Add(new RequestMetricsHandler());
        UserAgent = handlers.OfType<UserAgentHandler>().Single().Value;
        _http = GraphClientFactory.Create(handlers, finalHandler: finalHandler);
        _http.Timeout = options.RequestTimeout;
        var uri = new Uri(options.GraphUrl);

        // One credential for both resources: Azure.Identity caches each resource's token.
        var credential = options.IsLoopback ? null : Credential(options);
        IAuthenticationProvider authentication = credential is null
            ? new BaseBearerTokenAuthenticationProvider(new EmulatorToken(options.EmulatorToken, uri.Host))
            : new AzureIdentityAuthenticationProvider(credential, [uri.Host], scopes: [$"{uri.Scheme}://{uri.Host}/.default"]);
        Client = new GraphServiceClient(_http, authentication, options.GraphUrl.TrimEnd('/'));

        var rest = Handlers(options, logger);
        rest.Add(new SharePointToken(credential, options.EmulatorToken));
        var restHttp = GraphClientFactory.Create(rest, finalHandler: finalHandler);
        restHttp.Timeout = options.RequestTimeout;
        SharePoint = new SharePointRest(restHttp, options);
    }

    public GraphServiceClient Client { get; }

    /// <summary>SharePoint's REST API on the sites Graph finds, for column formatting and views.</summary>
    public SharePointRest SharePoint { get; }

    /// <summary>The HTTP client under <see cref="Client"/>, with its middleware, for a request whose raw answer matters (a site check).</summary>
    public HttpClient Http => _http;

    public string UserAgent { get; }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
        SharePoint.Dispose();
    }

    /// <summary>
    /// The SDK's default middleware (retry on 429 and 503 after Retry-After, redirects, compression), our
    /// User-Agent first, and, last before the network, so that every retry is logged as the request it is,
    /// a fractional Retry-After rounded up and each throttled or failed answer logged.
    /// </summary>
    private static IList<DelegatingHandler> Handlers(CoproductionGraphOptions options, ILogger logger)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Insert(0, new UserAgentHandler(options.Organisation));
        handlers.Add(new RetryAfterHandler());
        handlers.Add(new AnswerLogHandler(logger));
        return handlers;
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
