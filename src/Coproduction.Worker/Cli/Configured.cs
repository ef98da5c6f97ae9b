using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Cli;

/// <summary>
/// A service of the worker's host, whose options are bound from the worker's configuration and
/// validated as <c>run</c> validates them: a mistake in the configuration becomes an input problem
/// (exit 2) that names the setting.
/// </summary>
internal static class Configured
{
    public static T Get<T>(IServiceProvider services)
        where T : notnull => Resolve(services.GetRequiredService<T>);

    /// <summary>The options of type <typeparamref name="TOptions"/>, bound and validated.</summary>
    public static TOptions Options<TOptions>(IServiceProvider services)
        where TOptions : class => Resolve(() => services.GetRequiredService<IOptions<TOptions>>().Value);

    private static T Resolve<T>(Func<T> resolve)
    {
        try
        {
            return resolve();
        }
        catch (OptionsValidationException ex)
        {
            throw new InputException(string.Join(" ", ex.Failures), ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder names the setting and the type it expected.
            throw new InputException(ex.Message, ex);
        }
    }
}
