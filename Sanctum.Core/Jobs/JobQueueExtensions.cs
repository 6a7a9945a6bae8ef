using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Sanctum.Core.Jobs;

public static class JobQueueExtensions
{
    /// <summary>Registers the queue for producers (Api) and consumers (Workers); needs AddSanctumRedis.</summary>
    public static IHostApplicationBuilder AddJobQueue(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<JobQueueOptions>(builder.Configuration.GetSection("JobQueue"));
        builder.Services.AddSingleton<JobQueue>();
        builder.Services.AddHealthChecks().AddCheck<JobQueueHealthCheck>("jobs");
        return builder;
    }
}
