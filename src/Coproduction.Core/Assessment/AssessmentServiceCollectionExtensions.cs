using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coproduction.Assessment;

/// <summary>Registers the assessment with dependency injection.</summary>
public static class AssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Adds one <see cref="CourseAssessor"/> (it is stateless and thread-safe) with the rules' default
    /// thresholds, or those <paramref name="configure"/> sets. The thresholds are checked when the
    /// assessor is first resolved; an earlier registration is kept.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets an organisation's own thresholds; none for the rules' defaults.</param>
    public static IServiceCollection AddCoproductionAssessment(this IServiceCollection services, Action<AssessmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ =>
        {
            var options = new AssessmentOptions();
            configure?.Invoke(options);
            return new CourseAssessor(options);
        });
        return services;
    }
}
