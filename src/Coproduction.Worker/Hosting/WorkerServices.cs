using Coproduction.Assessment;
using Coproduction.Graph;
using Coproduction.Worker.Passes;
using Coproduction.Worker.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Hosting;

/// <summary>The worker's services, its options bound from configuration and validated on start.</summary>
internal static class WorkerServices
{
    public const string AssessmentSection = "Coproduction:Assessment";

    public static IServiceCollection AddCoproductionWorker(this IServiceCollection services, IConfiguration configuration, TimeProvider? time = null)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>>(new ProblemsValidator<WorkerOptions>(WorkerOptions.Section, o => o.Problems()));
        services.AddOptions<AssessmentOptions>().Bind(configuration.GetSection(AssessmentSection)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AssessmentOptions>>(new ProblemsValidator<AssessmentOptions>(AssessmentSection, o => o.Problems()));
        services.AddCoproductionGraph(configuration);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(sp => WorkerState.Open(sp.GetRequiredService<IOptions<WorkerOptions>>().Value.StatePath, sp.GetRequiredService<ILoggerFactory>().CreateLogger<WorkerState>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton(sp => new CourseAssessor(sp.GetRequiredService<IOptions<AssessmentOptions>>().Value));
        services.AddSingleton<FlagSync>();
        services.AddSingleton<ProblemSync>();
        services.AddSingleton(sp => new EntriesToFix(
            sp.GetRequiredService<ProblemSync>(), sp.GetRequiredService<WorkerState>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<Graph.Connection.CoproductionGraphOptions>>().Value));
        services.AddSingleton<EvidenceDrives>();
        services.AddSingleton(sp => new CourseWriteBack(
            sp.GetRequiredService<CoproductionGraphClient>(), sp.GetRequiredService<WorkerState>(), sp.GetRequiredService<FlagSync>(), sp.GetRequiredService<EvidenceDrives>(),
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.Reports, sp.GetRequiredService<ILoggerFactory>().CreateLogger<CourseWriteBack>()));
        services.AddSingleton(sp => new StageMoves(
            sp.GetRequiredService<CoproductionGraphClient>(), sp.GetRequiredService<WorkerState>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<StageMoves>()));
        services.AddSingleton<MaterialVersions>();
        services.AddSingleton<MaterialComments>();
        services.AddSingleton<SiteIntake>();
        services.AddSingleton(sp => new SitePass(
            sp.GetRequiredService<CoproductionGraphClient>(), sp.GetRequiredService<WorkerState>(), sp.GetRequiredService<SiteIntake>(), sp.GetRequiredService<CourseAssessor>(),
            sp.GetRequiredService<CourseWriteBack>(), sp.GetRequiredService<EntriesToFix>(), sp.GetRequiredService<IOptions<WorkerOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WorkerMetrics>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<SitePass>(),
            sp.GetRequiredService<IOptions<Graph.Connection.CoproductionGraphOptions>>().Value));
        services.AddSingleton(sp => new Overview.OverviewPublisher(
            sp.GetRequiredService<CoproductionGraphClient>(), sp.GetRequiredService<WorkerState>(), sp.GetRequiredService<EvidenceDrives>(), sp.GetRequiredService<SitePass>(),
            sp.GetRequiredService<IOptions<WorkerOptions>>().Value.Overview, sp.GetRequiredService<IOptions<WorkerOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<Overview.OverviewPublisher>()));
        services.AddSingleton<WorkerRunner>();
        services.AddSingleton<HostOutcome>();
        return services;
    }

    /// <summary>The one way options are validated: each options type says its problems, and they are reported by section.</summary>
    private sealed class ProblemsValidator<TOptions>(string section, Func<TOptions, IReadOnlyList<string>> problemsOf) : IValidateOptions<TOptions>
        where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) =>
            problemsOf(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems.Select(p => $"{section}: {p}")) : ValidateOptionsResult.Success;
    }
}
