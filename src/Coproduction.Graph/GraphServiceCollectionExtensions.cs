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
    /// unless it is loopback; a credential's settings must be there).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the section.</param>
    public static IServiceCollection AddCoproductionGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddCoproductionGraph(options => configuration.GetSection(CoproductionGraphOptions.Section).Bind(options));
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

    private sealed class GraphOptionsValidator : IValidateOptions<CoproductionGraphOptions>
    {
        public ValidateOptionsResult Validate(string? name, CoproductionGraphOptions options) =>
            options.Problems() is { Count: > 0 } problems
                ? ValidateOptionsResult.Fail(problems.Select(p => $"{CoproductionGraphOptions.Section}: {p}"))
                : ValidateOptionsResult.Success;
    }
}
