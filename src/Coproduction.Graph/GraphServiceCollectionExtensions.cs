using Coproduction.Graph.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Graph;

/// <summary>Registers the Graph adapter with dependency injection.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CoproductionGraphClient"/>, its options bound from the configuration section
    /// <c>Coproduction:Graph</c> and validated when the host starts (a non-https Graph URL is refused
    /// unless it is loopback; beyond loopback a credential must be named and its settings be there). A
    /// value that cannot be read (a credential of no known name, a time that is no time) fails the same
    /// way, as an <see cref="OptionsValidationException"/> naming the setting.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the section.</param>
    public static IServiceCollection AddCoproductionGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCoproductionGraph(options => Bind(configuration.GetSection(CoproductionGraphOptions.Section), options));
    }

    /// <summary>Adds <see cref="CoproductionGraphClient"/> with options set in code, validated when the host starts.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options.</param>
    public static IServiceCollection AddCoproductionGraph(this IServiceCollection services, Action<CoproductionGraphOptions> configure)
    {
        services.AddOptions<CoproductionGraphOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoproductionGraphOptions>, GraphOptionsValidator>();
        services.AddSingleton(sp => new CoproductionGraphClient(
            sp.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value,
            sp.GetService<ILoggerFactory>()));
        return services;
    }

    private static void Bind(IConfigurationSection section, CoproductionGraphOptions options)
    {
        const string Section = CoproductionGraphOptions.Section;
        const string Kinds = "ClientCertificate, ClientSecret, ManagedIdentity, WorkloadIdentity, or Developer (a person's own sign-in, only to try things on one's own machine)";
        var credential = section[nameof(CoproductionGraphOptions.Credential)];
        if (string.Equals(credential?.Trim(), "Default", StringComparison.OrdinalIgnoreCase))
        {
            throw Refused($"{Section}: Credential 'Default' is no longer accepted: it was Azure.Identity's DefaultAzureCredential, which signs in as whoever ran az login on the machine. Name {Kinds}.");
        }

        if (credential is { Length: > 0 } && (!Enum.TryParse<GraphCredentialKind>(credential, ignoreCase: true, out var kind) || !Enum.IsDefined(kind)))
        {
            throw Refused($"{Section}: Credential '{credential}' is not one of {Kinds}.");
        }

        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the setting and the type it expected.
            throw Refused($"{Section}: {ex.Message}");
        }
    }

    private static OptionsValidationException Refused(string failure) =>
        new(Options.DefaultName, typeof(CoproductionGraphOptions), [failure]);

    private sealed class GraphOptionsValidator : IValidateOptions<CoproductionGraphOptions>
    {
        public ValidateOptionsResult Validate(string? name, CoproductionGraphOptions options) =>
            options.Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail(problems.Select(p => $"{CoproductionGraphOptions.Section}: {p}"))
                : ValidateOptionsResult.Success;
    }
}
